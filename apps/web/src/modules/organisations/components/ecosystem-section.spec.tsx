import { screen, within } from '@testing-library/react';
import { ORGANISATIONS_QUERY } from '@web/modules/organisations/graphql/organisations';
import { organisationNode, organisationsError, organisationsPage, organisationsVariables } from '@web/testing/organisations';
import { renderWithProviders } from '@web/testing/render';
import { EcosystemSection } from './ecosystem-section';

const province = organisationNode({ id: 'o-1', name: 'Ủy ban nhân dân tỉnh Bình Dương', shortName: 'UBND', kind: 'STATE' });
const university = organisationNode({ id: 'o-2', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU', kind: 'UNIVERSITY', status: 'PENDING' });
const becamex = organisationNode({ id: 'o-3', name: 'Becamex IDC', kind: 'ENTERPRISE' });

describe('EcosystemSection', () => {
  it('shows skeletons while loading, then a card per organisation with translated kind and status', async () => {
    renderWithProviders(<EcosystemSection />, { mocks: [organisationsPage({ nodes: [province, university] })] });

    expect(screen.getByRole('status')).toHaveTextContent('Đang tải danh sách tổ chức…');

    const list = await screen.findByRole('list', { name: 'Hệ sinh thái' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('link', { name: 'Ủy ban nhân dân tỉnh Bình Dương' })).toHaveAttribute('href', '/organisations/o-1');
    expect(within(cards[0]).getByText('Nhà nước')).toBeInTheDocument();
    expect(within(cards[0]).getByText('Đã xác minh')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Nhà trường')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Chờ xác minh')).toBeInTheDocument();
    expect(screen.getByText('Đang hiển thị 2 trên 2 tổ chức')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem thêm tổ chức' })).not.toBeInTheDocument();
  });

  it('says so when the ecosystem has no organisation yet', async () => {
    renderWithProviders(<EcosystemSection />, { mocks: [organisationsPage({ nodes: [] })] });

    expect(await screen.findByText('Chưa có tổ chức nào')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bỏ bộ lọc' })).not.toBeInTheDocument();
  });

  it('shows the server’s translated message when the list is refused, and recovers on retry', async () => {
    const { user } = renderWithProviders(<EcosystemSection />, {
      mocks: [organisationsError('Cơ sở dữ liệu tạm thời không khả dụng. Vui lòng thử lại sau giây lát.', 'INTERNAL'), organisationsPage({ nodes: [becamex] })],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được danh sách tổ chức');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu tạm thời không khả dụng. Vui lòng thử lại sau giây lát.');

    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Becamex IDC' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('falls back to a translated message when the server cannot be reached', async () => {
    renderWithProviders(<EcosystemSection />, {
      mocks: [{ request: { query: ORGANISATIONS_QUERY, variables: organisationsVariables() }, error: new TypeError('Failed to fetch') }],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Không thể kết nối tới máy chủ. Hãy kiểm tra kết nối mạng rồi thử lại.');
  });

  it('filters by kind through the address and offers to clear a filter that matches nothing', async () => {
    const { user, router } = renderWithProviders(<EcosystemSection />, {
      mocks: [
        organisationsPage({ nodes: [province, university, becamex] }),
        organisationsPage({ nodes: [becamex], kinds: ['ENTERPRISE'] }),
        organisationsPage({ nodes: [], kinds: ['UNIVERSITY', 'ENTERPRISE'] }),
        organisationsPage({ nodes: [province, university, becamex] }),
      ],
    });
    await screen.findByRole('link', { name: 'Becamex IDC' });

    const filter = screen.getByRole('group', { name: 'Lọc theo loại tổ chức' });
    await user.click(within(filter).getByRole('checkbox', { name: 'Doanh nghiệp' }));
    expect(await screen.findByText('Đang hiển thị 1 trên 1 tổ chức')).toBeInTheDocument();
    await user.click(within(filter).getByRole('checkbox', { name: 'Nhà trường' }));

    expect(router.state.location.search).toBe('?kind=UNIVERSITY&kind=ENTERPRISE');
    expect(await screen.findByText('Không có tổ chức phù hợp')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bỏ bộ lọc' }));
    expect(router.state.location.search).toBe('');
    expect(within(filter).getByRole('checkbox', { name: 'Nhà trường' })).not.toBeChecked();
    expect(await screen.findByRole('link', { name: 'Becamex IDC' })).toBeInTheDocument();
  });

  it('starts from the kinds named in the address', async () => {
    renderWithProviders(<EcosystemSection />, { path: '/?kind=STATE&kind=NOT_A_KIND', mocks: [organisationsPage({ nodes: [province], kinds: ['STATE'] })] });

    expect(await screen.findByRole('link', { name: 'Ủy ban nhân dân tỉnh Bình Dương' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Nhà nước' })).toBeChecked();
  });

  it('appends the next page after the end cursor when asked for more', async () => {
    const { user } = renderWithProviders(<EcosystemSection />, {
      mocks: [
        organisationsPage({ nodes: [province, university], totalCount: 3, endCursor: 'cursor-o-2', hasNextPage: true }),
        organisationsPage({ nodes: [becamex], after: 'cursor-o-2', totalCount: 3, endCursor: 'cursor-o-3', hasNextPage: false }),
      ],
    });
    expect(await screen.findByText('Đang hiển thị 2 trên 3 tổ chức')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xem thêm tổ chức' }));

    expect(await screen.findByRole('link', { name: 'Becamex IDC' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Hệ sinh thái' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText('Đang hiển thị 3 trên 3 tổ chức')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem thêm tổ chức' })).not.toBeInTheDocument();
  });

  it('keeps the pages it has and tells the reader when the next page fails', async () => {
    const { user } = renderWithProviders(<EcosystemSection />, {
      mocks: [
        organisationsPage({ nodes: [province], totalCount: 2, endCursor: 'cursor-o-1', hasNextPage: true }),
        { request: { query: ORGANISATIONS_QUERY, variables: organisationsVariables([], 'cursor-o-1') }, result: { errors: [{ message: 'Con trỏ phân trang không hợp lệ.', extensions: { code: 'BAD_USER_INPUT' } }] } },
      ],
    });
    await screen.findByRole('link', { name: 'Ủy ban nhân dân tỉnh Bình Dương' });

    await user.click(screen.getByRole('button', { name: 'Xem thêm tổ chức' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Không tải thêm được tổ chức');
    expect(notice).toHaveTextContent('Con trỏ phân trang không hợp lệ.');
    expect(within(notice).getByRole('button', { name: 'Đóng thông báo' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Bình Dương' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xem thêm tổ chức' })).toBeEnabled();
  });
});
