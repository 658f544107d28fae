import { screen, waitFor, within } from '@testing-library/react';
import { AGREEMENT_DIFF_QUERY, AGREEMENT_QUERY, OPEN_NEGOTIATION_MUTATION, REQUEST_SIGNATURES_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { auditChange, auditEvent, auditLogAnswer } from '@web/testing/activity';
import {
  AGREEMENT_ID,
  agreementAnswer,
  agreementView,
  COMPANY,
  FUNDER,
  funderAdmin,
  HASH_V1,
  HASH_V2,
  universityAdmin,
  UNIVERSITY,
  versionView,
} from '@web/testing/agreements';
import { renderApp } from '@web/testing/render';

jest.setTimeout(30_000);

const manager = { __typename: 'AgreementCapabilities' as const, edit: true, amend: false, manage: true, sign: false, signingOrganisationId: null };
const grouped = (hash: string) => hash.match(/.{8}/g)?.join(' ') ?? hash;

describe('agreement workspace', () => {
  it('shows the not-found state for an agreement the organisation may not see', async () => {
    renderApp({
      path: `/agreements/${AGREEMENT_ID}`,
      me: universityAdmin,
      mocks: [{ request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: { errors: [{ message: 'Không tìm thấy thoả thuận.', extensions: { code: 'NOT_FOUND' } }] } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thoả thuận' })).toBeInTheDocument();
  });

  it('treats a malformed id as not found', async () => {
    renderApp({
      path: '/agreements/not-an-id',
      me: universityAdmin,
      mocks: [{ request: { query: AGREEMENT_QUERY, variables: { id: 'not-an-id' } }, result: { errors: [{ message: 'Mã không hợp lệ.', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy thoả thuận' })).toBeInTheDocument();
  });

  it('shows the header, the parties and what a party member may do', async () => {
    renderApp({ path: `/agreements/${AGREEMENT_ID}`, me: universityAdmin, mocks: [agreementAnswer(agreementView(), 2)] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cảnh báo ngập lụt đô thị' })).toBeInTheDocument();
    expect(screen.getByTestId('agreement-status')).toHaveTextContent('Đang đàm phán');
    expect(screen.getByTestId('agreement-version')).toHaveTextContent('Phiên bản 2');
    expect(screen.getByText('1 tháng 3, 2026 – 28 tháng 2, 2027')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cảnh báo ngập lụt đô thị theo thời gian thực' })).toHaveAttribute('href', '/projects/0b9c3f2e-5a41-4f7d-8e63-2c1d9a7b4e55');
    const parties = screen.getByTestId('parties-table');
    expect(parties).toHaveTextContent(FUNDER.name);
    expect(parties).toHaveTextContent('Bên tài trợ');
    expect(parties).toHaveTextContent(`${UNIVERSITY.name}`);
    expect(parties).toHaveTextContent('Không có');
    const actions = screen.getByTestId('agreement-actions');
    expect(within(actions).getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', `/agreements/${AGREEMENT_ID}/edit`);
    expect(within(actions).getByRole('link', { name: 'In' })).toHaveAttribute('href', `/agreements/${AGREEMENT_ID}/print`);
    // Moving the agreement on is the managing organisation's.
    expect(within(actions).queryByRole('button', { name: 'Yêu cầu ký' })).not.toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: /Huỷ thoả thuận/ })).not.toBeInTheDocument();
  });

  it('lets the manager open negotiation, after asking', async () => {
    const draft = agreementView({ status: 'DRAFT', viewerRoles: ['MANAGER', 'PARTY'], viewerCan: manager });
    const opened = { ...draft, status: 'NEGOTIATION' as const };
    const open = { request: { query: OPEN_NEGOTIATION_MUTATION, variables: { id: AGREEMENT_ID } }, result: jest.fn(() => ({ data: { openNegotiation: opened } })) };
    const { user } = renderApp({ path: `/agreements/${AGREEMENT_ID}`, me: funderAdmin, mocks: [agreementAnswer(draft, 2), open] });

    expect(await screen.findByText('Chỉ Sở Khoa học và Công nghệ Bình Dương xem được bản nháp này. Hãy mở đàm phán để chia sẻ với các bên.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở đàm phán' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở đàm phán?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mở đàm phán' }));
    await waitFor(() => expect(open.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã mở đàm phán: các bên giờ xem và sửa được thoả thuận.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('agreement-status')).toHaveTextContent('Đang đàm phán'));
  });

  it('shows what is missing when signatures cannot be requested yet', async () => {
    const incomplete = agreementView({ viewerRoles: ['MANAGER', 'PARTY'], viewerCan: manager, currentVersion: versionView({ terms: '' }) });
    const message = 'Chưa thể đề nghị ký thoả thuận: thiếu điều khoản.';
    const request = { request: { query: REQUEST_SIGNATURES_MUTATION, variables: { id: AGREEMENT_ID } }, result: { errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] } };
    const { user } = renderApp({ path: `/agreements/${AGREEMENT_ID}`, me: funderAdmin, mocks: [agreementAnswer(incomplete, 2), request] });

    expect(await screen.findByTestId('signature-checklist')).toHaveTextContent('Viết điều khoản');
    await user.click(screen.getByRole('button', { name: 'Yêu cầu ký' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yêu cầu ký?' });
    expect(within(dialog).getByTestId('version-hash')).toHaveTextContent(grouped(HASH_V2));
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu ký' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('explains a pending amendment and links to what it changes', async () => {
    const inForce = versionView({ number: 2, hash: HASH_V2 });
    const amendment = versionView({ number: 3, hash: HASH_V1, amendment: true });
    const amended = agreementView({
      status: 'ACTIVE',
      amendmentPending: true,
      version: 3,
      currentVersion: amendment,
      signedVersion: inForce,
      missingSignatures: [FUNDER, UNIVERSITY, COMPANY],
      versions: [
        { __typename: 'AgreementVersion', number: 3, hash: HASH_V1, amendment: true, authorName: 'Lê Thanh Hải', authorOrganisation: FUNDER, createdAt: '2026-05-02T03:00:00Z' },
        ...agreementView().versions,
      ],
      viewerRoles: ['MANAGER', 'PARTY'],
      viewerCan: { ...manager, amend: true },
    });
    const compared = {
      request: { query: AGREEMENT_DIFF_QUERY, variables: { id: AGREEMENT_ID, from: 2, to: 3 } },
      result: {
        data: {
          agreement: {
            __typename: 'Agreement',
            id: AGREEMENT_ID,
            compareVersions: {
              __typename: 'AgreementDiff',
              from: 2,
              to: 3,
              fromHash: HASH_V2,
              toHash: HASH_V1,
              terms: [{ __typename: 'TermsDiffLine', kind: 'ADDED', text: 'Điều 9. Bảo mật dữ liệu.' }],
              changes: [],
            },
          },
        },
      },
    };
    const { user, router } = renderApp({ path: `/agreements/${AGREEMENT_ID}`, me: funderAdmin, mocks: [agreementAnswer(amended, 2), compared] });

    const banner = await screen.findByTestId('amendment-banner');
    expect(banner).toHaveTextContent('Bản sửa đổi (phiên bản 3) đang chờ ký');
    expect(banner).toHaveTextContent('Phiên bản 2 vẫn có hiệu lực cho đến khi tất cả các bên ký bản sửa đổi.');
    expect(within(banner).getByTestId('version-hash')).toHaveTextContent(grouped(HASH_V2));
    expect(screen.getByRole('button', { name: 'Rút bản sửa đổi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa bản sửa đổi' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đề xuất sửa đổi' })).not.toBeInTheDocument();
    await user.click(within(banner).getByRole('link', { name: 'Xem bản sửa đổi thay đổi những gì (phiên bản 2 → 3)' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=versions&from=2&to=3'));
    expect(await screen.findByRole('tab', { name: /Phiên bản/, selected: true })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Thay đổi của điều khoản, từng dòng' })).toHaveTextContent('Điều 9. Bảo mật dữ liệu.');
    expect(screen.getByRole('combobox', { name: 'Từ' })).toHaveValue('2');
    expect(screen.getByRole('combobox', { name: 'Đến' })).toHaveValue('3');
  });

  it('keeps the activity tab in the address and tells what happened to the agreement and its milestones', async () => {
    const events = [
      auditEvent({
        id: 'e-2',
        action: 'MILESTONE_SUBMITTED',
        subjectType: 'MILESTONE',
        subjectId: 'm-1',
        parentId: AGREEMENT_ID,
        changes: [auditChange('status', 'PLANNED', 'SUBMITTED')],
      }),
      auditEvent({ id: 'e-1', action: 'AGREEMENT_NEGOTIATION_OPENED', actorName: 'Lê Thanh Hải', organisation: FUNDER, changes: [auditChange('status', 'DRAFT', 'NEGOTIATION')] }),
    ];
    const { user, router } = renderApp({ path: `/agreements/${AGREEMENT_ID}`, me: universityAdmin, mocks: [agreementAnswer(agreementView(), 2), auditLogAnswer({ subjectId: AGREEMENT_ID, events })] });

    await user.click(await screen.findByRole('tab', { name: 'Hoạt động' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=activity'));
    const timeline = await screen.findByRole('list', { name: 'Hoạt động' });
    const [submitted, opened] = within(timeline).getAllByTestId('activity-event');
    expect(submitted).toHaveTextContent('Đã nộp sản phẩm của mốc');
    expect(submitted).toHaveTextContent('Mốc: Khảo sát hiện trạng');
    expect(submitted).toHaveTextContent('Nguyễn Thị Lan, thay mặt Trường Đại học Thủ Dầu Một');
    expect(submitted).toHaveTextContent('Trạng thái: Theo kế hoạch → thành Đã nộp');
    expect(opened).toHaveTextContent('Đã mở đàm phán');
    expect(opened).toHaveTextContent('Lê Thanh Hải, thay mặt Sở Khoa học và Công nghệ Bình Dương');
  });

  it('prints without the application around it, with a signature block per party', async () => {
    const inForce = versionView({
      signatures: [{ __typename: 'AgreementSignature', organisation: FUNDER, signerName: 'Lê Thanh Hải', signedAt: '2026-02-13T02:00:00Z', versionHash: HASH_V2, versionNumber: 2 }],
    });
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp({
      path: `/agreements/${AGREEMENT_ID}/print`,
      me: funderAdmin,
      mocks: [agreementAnswer(agreementView({ status: 'PENDING_SIGNATURES', currentVersion: inForce }))],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cảnh báo ngập lụt đô thị' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    const boxes = within(screen.getByTestId('signature-block')).getAllByTestId('signature-box');
    expect(boxes).toHaveLength(3);
    expect(boxes[0]).toHaveTextContent('Lê Thanh Hải ký thay mặt Sở Khoa học và Công nghệ Bình Dương');
    expect(boxes[0]).toHaveTextContent(grouped(HASH_V2));
    expect(boxes[1]).toHaveTextContent('Chưa ký');
    expect(screen.getByTestId('print-milestones')).toHaveTextContent('Khảo sát hiện trạng');
    await user.click(screen.getByRole('button', { name: 'In / Lưu PDF' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
