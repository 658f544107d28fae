import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AGREEMENT_QUERY, AMEND_AGREEMENT_MUTATION, CREATE_AGREEMENT_MUTATION, UPDATE_AGREEMENT_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { AGREEMENT_ID, agreementAnswer, agreementView, COMPANY, FUNDER, funderAdmin, UNIVERSITY, universityAdmin, versionView } from '@web/testing/agreements';
import { renderApp } from '@web/testing/render';

// Whole-form interactions in jsdom are slow on a busy machine: the limit guards against a hang, it measures nothing.
jest.setTimeout(90_000);

describe('agreement editor', () => {
  it('creates an agreement managed by the active organisation, with a milestone, and opens it', async () => {
    const created = agreementView({ status: 'DRAFT', viewerRoles: ['MANAGER', 'PARTY'] });
    const create = {
      request: {
        query: CREATE_AGREEMENT_MUTATION,
        variables: {
          input: {
            title: 'Thí điểm cảm biến ngập',
            purpose: 'Đo mực nước tại 20 điểm.',
            terms: '',
            currency: 'VND',
            startsOn: '2026-03-01',
            endsOn: null,
            timeZone: 'Asia/Ho_Chi_Minh',
            disclosed: false,
            parties: [{ organisationId: UNIVERSITY.id, role: 'COORDINATOR', moneyContribution: 0, inKindContribution: null }],
            milestones: [{ title: 'Khảo sát', dueDate: '2026-06-30', responsibleOrganisationId: UNIVERSITY.id, deliverable: null, paymentShare: 30 }],
            attachmentIds: [],
          },
        },
      },
      result: jest.fn(() => ({ data: { createAgreement: created } })),
    };
    const { user, router } = renderApp({ path: '/agreements/new', me: universityAdmin, mocks: [create, agreementAnswer(created, 2)] });

    const title = await screen.findByRole('textbox', { name: /Tiêu đề thoả thuận/ });
    await user.click(screen.getByRole('button', { name: 'Lập thoả thuận' }));
    expect(title).toHaveAccessibleDescription(/Trường này là bắt buộc./);
    expect(create.result).not.toHaveBeenCalled();

    await user.click(title);
    await user.paste('Thí điểm cảm biến ngập');
    await user.click(screen.getByRole('textbox', { name: 'Mục đích' }));
    await user.paste('Đo mực nước tại 20 điểm.');
    fireEvent.change(screen.getByLabelText('Ngày bắt đầu'), { target: { value: '2026-03-01' } });
    // The organisation the user acts for is the first party, and cannot be removed.
    const party = screen.getByTestId('party-row');
    expect(party).toHaveTextContent('Trường Đại học Thủ Dầu Một (TDMU)');
    expect(party).toHaveTextContent('Quản lý thoả thuận (luôn là một bên)');
    expect(within(party).queryByRole('button', { name: /Loại/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm mốc' }));
    await user.click(screen.getByRole('button', { name: 'Lập thoả thuận' }));
    expect(screen.getByRole('textbox', { name: /Tên mốc 1/ })).toHaveAccessibleDescription(/Trường này là bắt buộc./);
    await user.type(screen.getByRole('textbox', { name: /Tên mốc 1/ }), 'Khảo sát');
    fireEvent.change(screen.getByLabelText(/Hạn của mốc 1/), { target: { value: '2026-06-30' } });
    await user.click(screen.getByRole('combobox', { name: /Bên chịu trách nhiệm mốc 1/ }));
    await user.click(await screen.findByRole('option', { name: 'Trường Đại học Thủ Dầu Một (TDMU)' }));
    await user.type(screen.getByRole('textbox', { name: /Tỷ lệ thanh toán mốc 1/ }), '30');
    expect(screen.getByTestId('shares-total')).toHaveTextContent('Tỷ lệ thanh toán: 30% trên 100%');

    await user.click(screen.getByRole('button', { name: 'Lập thoả thuận' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    expect(create.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Đã lập thoả thuận dưới dạng bản nháp.')).toBeInTheDocument();
  });

  it('checks dates before sending, sends only what changed against the version it was loaded at, and puts a refusal next to its field', async () => {
    const loaded = agreementView();
    // Lists are sent whole: the parties as they stand, with the one change.
    const parties = [
      { organisationId: FUNDER.id, role: 'FUNDER', moneyContribution: 1_000_000_000, inKindContribution: null },
      { organisationId: UNIVERSITY.id, role: 'COORDINATOR', moneyContribution: 0, inKindContribution: 'Phòng thí nghiệm và 4 nghiên cứu viên' },
      { organisationId: COMPANY.id, role: 'IMPLEMENTATION_PARTNER', moneyContribution: 0, inKindContribution: null },
    ];
    const refusal = {
      request: { query: UPDATE_AGREEMENT_MUTATION, variables: { id: AGREEMENT_ID, expectedVersion: 2, input: { parties } } },
      result: jest.fn(() => ({ errors: [{ message: 'Nội dung quá dài.', extensions: { code: 'BAD_USER_INPUT', field: 'input.parties.1.inKindContribution' } }] })),
    };
    const { user } = renderApp({ path: `/agreements/${AGREEMENT_ID}/edit`, me: universityAdmin, mocks: [agreementAnswer(loaded, 2), refusal] });

    const endsOn = await screen.findByLabelText('Ngày kết thúc');
    expect(screen.getByRole('heading', { level: 1, name: 'Sửa thoả thuận' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu thay đổi' })).toBeDisabled();
    fireEvent.change(endsOn, { target: { value: '2026-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    expect(endsOn).toHaveAccessibleDescription('Ngày kết thúc không được trước ngày bắt đầu.');
    fireEvent.change(endsOn, { target: { value: '2027-02-28' } });

    const inKind = screen.getByRole('textbox', { name: /Hiện vật do TDMU đóng góp/ });
    await user.clear(inKind);
    await user.paste('Phòng thí nghiệm và 4 nghiên cứu viên');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    await waitFor(() => expect(refusal.result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(inKind).toHaveAccessibleDescription(/Nội dung quá dài./));
  });

  it('offers the latest version when someone else saved first', async () => {
    const loaded = agreementView();
    const conflict = {
      request: { query: UPDATE_AGREEMENT_MUTATION, variables: { id: AGREEMENT_ID, expectedVersion: 2, input: { title: 'Cảnh báo ngập lụt đô thị (sửa)' } } },
      result: jest.fn(() => ({ errors: [{ message: 'Dữ liệu đã được người khác thay đổi.', extensions: { code: 'CONFLICT' } }] })),
    };
    const latest = agreementView({ version: 3, title: 'Cảnh báo ngập lụt', currentVersion: versionView({ number: 3, title: 'Cảnh báo ngập lụt' }) });
    const reload = { request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: jest.fn(() => ({ data: { agreement: latest } })) };
    const { user } = renderApp({ path: `/agreements/${AGREEMENT_ID}/edit`, me: universityAdmin, mocks: [agreementAnswer(loaded), conflict, reload] });

    const title = await screen.findByRole('textbox', { name: /Tiêu đề thoả thuận/ });
    await user.type(title, ' (sửa)');
    await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
    const alert = await screen.findByTestId('conflict');
    expect(alert).toHaveTextContent('Dữ liệu đã được người khác thay đổi.');
    await user.click(within(alert).getByRole('button', { name: 'Tải phiên bản mới nhất' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Tiêu đề thoả thuận/ })).toHaveValue('Cảnh báo ngập lụt'));
    expect(screen.getByText('Dựa trên phiên bản 3')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict')).not.toBeInTheDocument();
  });

  it('proposes an amendment of an agreement in force, keeping its parties and started milestones', async () => {
    const inForce = versionView();
    const active = agreementView({
      status: 'ACTIVE',
      signedVersion: inForce,
      currentVersion: inForce,
      viewerRoles: ['MANAGER', 'PARTY'],
      viewerCan: { __typename: 'AgreementCapabilities', edit: false, amend: true, manage: true, sign: false, signingOrganisationId: null },
      milestones: agreementView().milestones.map((milestone) => (milestone.id === 'm-1' ? { ...milestone, status: 'ACCEPTED' as const } : milestone)),
    });
    const amend = {
      request: {
        query: AMEND_AGREEMENT_MUTATION,
        variables: {
          id: AGREEMENT_ID,
          expectedVersion: 2,
          input: {
            milestones: [
              { id: 'm-1', title: 'Khảo sát hiện trạng', dueDate: '2026-04-30', responsibleOrganisationId: UNIVERSITY.id, deliverable: 'Báo cáo khảo sát', paymentShare: 40 },
              { id: 'm-2', title: 'Lắp đặt cảm biến', dueDate: '2026-10-31', responsibleOrganisationId: COMPANY.id, deliverable: '20 cảm biến hoạt động', paymentShare: 60 },
            ],
          },
        },
      },
      result: jest.fn(() => ({ data: { amendAgreement: { ...active, version: 3, amendmentPending: true } } })),
    };
    const { user, router } = renderApp({ path: `/agreements/${AGREEMENT_ID}/edit`, me: funderAdmin, mocks: [agreementAnswer(active, 3), amend] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Đề xuất sửa đổi' })).toBeInTheDocument();
    // Parties of the version in force stay; the accepted survey can be neither removed nor reassigned.
    expect(screen.queryByRole('button', { name: /^Loại / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xoá mốc 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Bên chịu trách nhiệm mốc 1/ })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Xoá mốc 2' })).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/Hạn của mốc 2/), { target: { value: '2026-10-31' } });
    await user.click(screen.getByRole('button', { name: 'Gửi bản sửa đổi' }));
    await waitFor(() => expect(amend.result).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
  });
});
