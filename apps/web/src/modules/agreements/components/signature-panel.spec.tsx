import { screen, waitFor, within } from '@testing-library/react';
import { AGREEMENT_QUERY, SIGN_AGREEMENT_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { AGREEMENT_ID, agreementView, COMPANY, FUNDER, funderAdmin, HASH_V1, HASH_V2, pendingAgreement, versionView } from '@web/testing/agreements';
import { renderWithProviders } from '@web/testing/render';
import { SignaturePanel } from './signature-panel';

const grouped = (hash: string) => hash.match(/.{8}/g)?.join(' ') ?? hash;

/** The funder's admin may sign version 2 for the funder. */
const signable = () =>
  pendingAgreement({
    viewerRoles: ['MANAGER', 'PARTY'],
    viewerCan: { __typename: 'AgreementCapabilities', edit: true, amend: false, manage: true, sign: true, signingOrganisationId: FUNDER.id },
  });

describe('SignaturePanel', () => {
  it('shows the hash being signed, who signed and who is still missing', async () => {
    renderWithProviders(<SignaturePanel agreement={pendingAgreement()} />);

    const panel = await screen.findByTestId('signature-panel');
    expect(within(panel).getByText('Mã băm (SHA-256) của phiên bản 2, thứ mỗi bên ký:')).toBeInTheDocument();
    expect(within(panel).getByTestId('version-hash')).toHaveTextContent(grouped(HASH_V2));
    const rows = within(within(panel).getByTestId('signature-table')).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('Trường Đại học Thủ Dầu Một');
    expect(rows[2]).toHaveTextContent('Nguyễn Thị Lan đã ký');
    expect(rows[1]).toHaveTextContent('Chưa ký');
    const missing = within(panel).getByTestId('missing-signatures');
    expect(missing).toHaveTextContent('Còn 2 bên chưa ký:');
    expect(missing).toHaveTextContent(FUNDER.name);
    expect(missing).toHaveTextContent(COMPANY.name);
    // Only an owner or admin of a party that has not signed gets the button.
    expect(within(panel).queryByRole('button', { name: 'Ký' })).not.toBeInTheDocument();
  });

  it('asks first, repeating the hash, then signs with the hash that was shown', async () => {
    const signed = { ...signable(), missingSignatures: [COMPANY] };
    const sign = {
      request: { query: SIGN_AGREEMENT_MUTATION, variables: { id: AGREEMENT_ID, versionHash: HASH_V2 } },
      result: jest.fn(() => ({ data: { signAgreement: { ...signed, viewerCan: { ...signed.viewerCan, sign: false, signingOrganisationId: null } } } })),
    };
    const { user } = renderWithProviders(<SignaturePanel agreement={signable()} />, { me: funderAdmin, mocks: [sign] });

    expect(await screen.findByText('Bạn ký thay mặt Sở Khoa học và Công nghệ Bình Dương, với tư cách chủ sở hữu hoặc quản trị viên.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ký' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ký phiên bản 2?' });
    expect(dialog).toHaveTextContent('Bạn ký phiên bản 2 của “Cảnh báo ngập lụt đô thị” thay mặt SKHCN.');
    expect(within(dialog).getByTestId('version-hash')).toHaveTextContent(grouped(HASH_V2));
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận ký' }));

    await waitFor(() => expect(sign.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Bạn đã ký thay mặt Sở Khoa học và Công nghệ Bình Dương.')).toBeInTheDocument();
  });

  it('tells the signer when the version changed meanwhile, and shows the current one', async () => {
    const stale = {
      request: { query: SIGN_AGREEMENT_MUTATION, variables: { id: AGREEMENT_ID, versionHash: HASH_V2 } },
      result: {
        errors: [
          {
            message: 'Thoả thuận đã có phiên bản mới hơn phiên bản bạn định ký. Hãy đọc lại phiên bản hiện tại rồi ký.',
            extensions: { code: 'CONFLICT' },
          },
        ],
      },
    };
    const latest = agreementView({ version: 3, currentVersion: versionView({ number: 3, hash: HASH_V1 }) });
    const refetch = { request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: jest.fn(() => ({ data: { agreement: latest } })) };
    const { user } = renderWithProviders(<SignaturePanel agreement={signable()} />, { me: funderAdmin, mocks: [stale, refetch] });

    await user.click(await screen.findByRole('button', { name: 'Ký' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xác nhận ký' }));

    const conflict = await screen.findByTestId('sign-conflict');
    expect(conflict).toHaveTextContent('Thoả thuận đã thay đổi trước khi bạn ký');
    expect(conflict).toHaveTextContent('Thoả thuận đã có phiên bản mới hơn phiên bản bạn định ký.');
    expect(conflict).toHaveTextContent('Trang đã hiển thị phiên bản hiện hành.');
    await waitFor(() => expect(refetch.result).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('once in force, shows the version in force and who signed it', async () => {
    const inForce = versionView({
      signatures: [
        { __typename: 'AgreementSignature', organisation: FUNDER, signerName: 'Lê Thanh Hải', signedAt: '2026-02-13T02:00:00Z', versionHash: HASH_V2, versionNumber: 2 },
        { __typename: 'AgreementSignature', organisation: COMPANY, signerName: 'Trần Văn Minh', signedAt: '2026-02-13T03:00:00Z', versionHash: HASH_V2, versionNumber: 2 },
      ],
    });
    renderWithProviders(<SignaturePanel agreement={agreementView({ status: 'ACTIVE', activatedAt: '2026-02-13T03:00:00Z', signedVersion: inForce, currentVersion: inForce })} />);
    const panel = await screen.findByTestId('signature-panel');
    expect(panel).toHaveTextContent('Phiên bản 2 đang có hiệu lực: mọi bên đã ký.');
    expect(panel).toHaveTextContent('Lê Thanh Hải đã ký');
    expect(panel).toHaveTextContent('Trần Văn Minh đã ký');
    expect(within(panel).queryByTestId('missing-signatures')).not.toBeInTheDocument();
  });
});
