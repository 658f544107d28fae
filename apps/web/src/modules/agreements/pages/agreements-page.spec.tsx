import { screen, waitFor, within } from '@testing-library/react';
import { i18n } from '@web/app/i18n';
import { agreementsPage, COMPANY, FUNDER, listItem, universityAdmin, UNIVERSITY } from '@web/testing/agreements';
import { nth } from '@web/testing/project-editor';
import { renderApp } from '@web/testing/render';

jest.setTimeout(30_000);

const overdueAgreement = listItem({
  id: 'a-1',
  title: 'Cảnh báo ngập lụt đô thị',
  parties: [
    { __typename: 'AgreementParty', role: 'FUNDER', organisation: FUNDER },
    { __typename: 'AgreementParty', role: 'COORDINATOR', organisation: UNIVERSITY },
    { __typename: 'AgreementParty', role: 'IMPLEMENTATION_PARTNER', organisation: COMPANY },
  ],
  milestones: [
    { __typename: 'AgreementMilestone', id: 'm-1', title: 'Khảo sát hiện trạng', dueDate: '2026-01-31', status: 'SUBMITTED', overdue: true },
    { __typename: 'AgreementMilestone', id: 'm-2', title: 'Lắp đặt cảm biến', dueDate: '2026-09-30', status: 'PLANNED', overdue: false },
  ],
});
const pending = listItem({ id: 'a-2', title: 'Đèn tín hiệu thích ứng', viewerRoles: ['MANAGER', 'PARTY'] }, 'PENDING_SIGNATURES');

describe('agreements list', () => {
  it('lists the organisation’s agreements with status, parties, value, dates and overdue milestones', async () => {
    renderApp({ path: '/agreements', me: universityAdmin, mocks: [agreementsPage([overdueAgreement, pending])] });

    const cards = await screen.findAllByTestId('agreement-card');
    expect(cards).toHaveLength(2);
    const first = nth(cards, 0);
    expect(within(first).getByRole('link', { name: 'Cảnh báo ngập lụt đô thị' })).toHaveAttribute('href', '/agreements/a-1');
    expect(first).toHaveTextContent('Đang có hiệu lực');
    expect(within(first).getByTestId('agreement-parties')).toHaveTextContent('Các bên: SKHCN (Bên tài trợ), TDMU (Bên điều phối), BDTech (Đối tác triển khai)');
    expect(first).toHaveTextContent('Giá trị: 1.000.000.000');
    expect(first).toHaveTextContent('1 tháng 3, 2026 – 28 tháng 2, 2027');
    // The overdue milestone is counted in words, not only in red; the next one to accept is named.
    expect(within(first).getByTestId('overdue')).toHaveTextContent('1 quá hạn');
    expect(within(first).getByTestId('agreement-milestones')).toHaveTextContent('Mốc tiếp theo: Khảo sát hiện trạng, hạn 31 tháng 1, 2026');
    expect(nth(cards, 1)).toHaveTextContent('Đang chờ ký');
    expect(nth(cards, 1)).toHaveTextContent('Quản lý');
    expect(screen.getByTestId('agreement-count')).toHaveTextContent('2 thoả thuận');
    expect(screen.getByRole('link', { name: 'Thoả thuận' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Thoả thuận mới' })).toHaveAttribute('href', '/agreements/new');
  });

  it('keeps the status and overdue filters in the address and asks the API with them', async () => {
    const { user, router } = renderApp({
      path: '/agreements',
      me: universityAdmin,
      mocks: [
        agreementsPage([overdueAgreement, pending]),
        agreementsPage([pending], { statuses: ['PENDING_SIGNATURES'], overdue: false, search: '' }),
        agreementsPage([], { statuses: ['PENDING_SIGNATURES'], overdue: true, search: '' }),
      ],
    });
    await screen.findAllByTestId('agreement-card');

    await user.click(screen.getByRole('checkbox', { name: 'Đang chờ ký' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=PENDING_SIGNATURES'));
    await waitFor(() => expect(screen.getAllByTestId('agreement-card')).toHaveLength(1));
    expect(screen.getByTestId('agreement-card')).toHaveTextContent('Đèn tín hiệu thích ứng');

    await user.click(screen.getByRole('switch', { name: 'Chỉ thoả thuận có mốc quá hạn' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=PENDING_SIGNATURES&overdue=1'));
    expect(await screen.findByText('Không có thoả thuận phù hợp')).toBeInTheDocument();
  });

  it('reads the filters from the address it was opened at', async () => {
    renderApp({
      path: '/agreements?status=ACTIVE&overdue=1&q=ng%E1%BA%ADp',
      me: universityAdmin,
      mocks: [agreementsPage([overdueAgreement], { statuses: ['ACTIVE'], overdue: true, search: 'ngập' })],
    });
    expect(await screen.findByTestId('agreement-card')).toHaveTextContent('Cảnh báo ngập lụt đô thị');
    expect(screen.getByRole('checkbox', { name: 'Đang có hiệu lực' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Chỉ thoả thuận có mốc quá hạn' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Tìm thoả thuận' })).toHaveValue('ngập');
  });

  it('speaks English when the reader chose it', async () => {
    await i18n.changeLanguage('en');
    renderApp({ path: '/agreements', me: universityAdmin, mocks: [agreementsPage([overdueAgreement])] });
    const card = await screen.findByTestId('agreement-card');
    expect(card).toHaveTextContent('In force');
    expect(card).toHaveTextContent('Parties: SKHCN (Funder), TDMU (Coordinator), BDTech (Implementation partner)');
    expect(within(card).getByTestId('overdue')).toHaveTextContent('1 overdue');
    expect(screen.getByText('1 agreement')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agreements' })).toHaveAttribute('aria-current', 'page');
  });
});
