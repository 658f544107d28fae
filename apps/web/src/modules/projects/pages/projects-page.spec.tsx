import { act, screen, waitFor, within } from '@testing-library/react';
import type { ApolloLink } from '@apollo/client';
import { PROJECTS_QUERY } from '@web/modules/projects/graphql/projects';
import { facets, icfIndicatorsAnswer, projectCard, projectsPage, projectsVariables } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

// Intl separates amount and symbol with a no-break space.
const plain = (text: string | null) => (text ?? '').replace(/\u00a0/g, ' ');

const lights = projectCard({ id: 'p-1', title: 'Đèn tín hiệu thông minh', summary: 'Điều khiển theo lưu lượng.' });
const water = projectCard({
  id: 'p-2',
  title: 'Cảm biến chất lượng nước',
  kind: 'RESEARCH_CALL',
  domain: 'WATER',
  budget: null,
  indicators: [{ __typename: 'IcfIndicator', code: 'SUSTAINABILITY' }],
  owner: { __typename: 'Organisation', id: 'o-2', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU', kind: 'UNIVERSITY' },
});
const hackathon = projectCard({ id: 'p-3', title: 'Thử thách dữ liệu mở', kind: 'CHALLENGE' });

const allFacets = facets({ kinds: { PILOT_TENDER: 5, RESEARCH_CALL: 2, CHALLENGE: 1 }, domains: { MOBILITY: 5, WATER: 2 }, indicators: { BROADBAND: 4 } });

function variablesOf(operations: ApolloLink.Operation[]) {
  return operations.filter((operation) => operation.operationName === 'Projects').map((operation) => operation.variables);
}

describe('projects catalogue', () => {
  it('shows the cards with owner, kind, budget in đồng, the time left and indicator names, and the facet counts', async () => {
    renderApp({ path: '/projects', mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [lights, water], facets: allFacets })] });

    const list = await screen.findByRole('list', { name: 'Kết quả tìm kiếm dự án' });
    const [first, second] = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    if (!first || !second) throw new Error('two cards expected');
    expect(within(first).getByRole('link', { name: 'Đèn tín hiệu thông minh' })).toHaveAttribute('href', '/projects/p-1');
    expect(within(first).getByText('Sở Giao thông Vận tải Bình Dương')).toBeInTheDocument();
    expect(within(first).getByText('Nhà nước')).toBeInTheDocument();
    expect(within(first).getByText('Mời thầu thí điểm')).toBeInTheDocument();
    expect(within(first).getByText('Giao thông')).toBeInTheDocument();
    expect(within(first).getByText('Đang nhận hồ sơ')).toBeInTheDocument();
    expect(plain(within(first).getByText(/₫/).textContent)).toBe('1.500.000.000 ₫');
    expect(within(first).getByText('còn 3 ngày')).toBeInTheDocument();
    expect(await within(first).findByText('Kết nối băng thông rộng')).toBeInTheDocument();
    expect(within(second).getByText('Chưa công bố')).toBeInTheDocument();
    expect(within(second).getByText('Nhà trường')).toBeInTheDocument();
    expect(within(second).getByText('Phát triển bền vững')).toBeInTheDocument();

    expect(screen.getByText('2 dự án')).toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: 'Loại dự án' });
    expect(within(kinds).getByRole('checkbox', { name: 'Mời thầu thí điểm (5)' })).not.toBeChecked();
    expect(within(kinds).getByRole('checkbox', { name: 'Thử thách mở (1)' })).toBeInTheDocument();
    expect(within(kinds).getByRole('checkbox', { name: 'Đề nghị hợp tác (0)' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Chỉ số ICF' })).getByRole('checkbox', { name: 'Kết nối băng thông rộng (4)' })).toBeInTheDocument();
    expect(document.title).toBe('Dự án · Helix');
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toContainElement(screen.getByRole('link', { name: 'Dự án' }));
  });

  it('filters through the address and the query variables, and back undoes it', async () => {
    const operations: ApolloLink.Operation[] = [];
    const { user, router } = renderApp({
      path: '/projects',
      onOperation: (operation) => operations.push(operation),
      mocks: [
        icfIndicatorsAnswer(),
        projectsPage({ nodes: [lights, water, hackathon], facets: allFacets }),
        projectsPage({ nodes: [hackathon], filters: { kinds: ['CHALLENGE'] }, facets: allFacets }),
        projectsPage({ nodes: [water], filters: { kinds: ['CHALLENGE'], domains: ['WATER'] }, facets: allFacets }),
      ],
    });
    await screen.findByRole('link', { name: 'Thử thách dữ liệu mở' });

    await user.click(screen.getByRole('checkbox', { name: 'Thử thách mở (1)' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Đèn tín hiệu thông minh' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('?kind=CHALLENGE');
    expect(screen.getByText('1 dự án')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Cấp thoát nước (2)' }));
    expect(await screen.findByRole('link', { name: 'Cảm biến chất lượng nước' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?kind=CHALLENGE&domain=WATER');
    expect(variablesOf(operations).at(-1)).toEqual(projectsVariables({ kinds: ['CHALLENGE'], domains: ['WATER'] }));

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('link', { name: 'Thử thách dữ liệu mở' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Cấp thoát nước (2)' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Thử thách mở (1)' })).toBeChecked();
  });

  it('sends the search after a pause in typing and keeps it in the address', async () => {
    const operations: ApolloLink.Operation[] = [];
    const { user, router } = renderApp({
      path: '/projects',
      onOperation: (operation) => operations.push(operation),
      mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [lights, water] }), projectsPage({ nodes: [water], filters: { search: 'chất lượng nước' } })],
    });
    await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' });

    await user.type(screen.getByRole('searchbox', { name: 'Tìm dự án' }), 'chất lượng nước');

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Đèn tín hiệu thông minh' })).not.toBeInTheDocument());
    expect(router.state.location.search).toBe(`?q=${encodeURIComponent('chất lượng nước').replace(/%20/g, '+')}`);
    // One request for the whole phrase, not one per key.
    expect(variablesOf(operations)).toEqual([projectsVariables(), projectsVariables({ search: 'chất lượng nước' })]);
    expect(screen.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('RELEVANCE');
  });

  it('starts from the filters and sort in a shared address', async () => {
    renderApp({
      path: '/projects?q=IoT&status=EVALUATION&sort=BUDGET_HIGH',
      mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [lights], filters: { search: 'IoT', statuses: ['EVALUATION'], sort: 'BUDGET_HIGH' } })],
    });

    expect(await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Tìm dự án' })).toHaveValue('IoT');
    expect(screen.getByRole('checkbox', { name: /^Đang đánh giá/ })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sắp xếp' })).toHaveValue('BUDGET_HIGH');
  });

  it('says when the search found only similar spellings, and not once the words match', async () => {
    const { user } = renderApp({
      path: `/projects?q=${encodeURIComponent('đèn tín hiêu')}`,
      mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [lights], filters: { search: 'đèn tín hiêu' }, approximate: true }), projectsPage({ nodes: [lights, water] })],
    });

    const notice = await screen.findByText('Không có kết quả khớp đúng “đèn tín hiêu”; đang hiển thị các dự án có cách viết gần giống.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Tìm dự án' }));

    expect(await screen.findByRole('link', { name: 'Cảm biến chất lượng nước' })).toBeInTheDocument();
    expect(screen.queryByText(/Không có kết quả khớp đúng/)).not.toBeInTheDocument();
  });

  it('says so in English too', async () => {
    const { user } = renderApp({
      path: '/projects?q=smrat',
      mocks: [icfIndicatorsAnswer('vi', 1), icfIndicatorsAnswer('en'), projectsPage({ nodes: [lights], filters: { search: 'smrat' }, approximate: true })],
    });
    await screen.findByText(/Không có kết quả khớp đúng “smrat”/);

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('Nothing matched “smrat” exactly; showing projects with similar spellings.')).toBeInTheDocument();
  });

  it('changes the sort order', async () => {
    const { user, router } = renderApp({
      path: '/projects',
      mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [lights, water] }), projectsPage({ nodes: [water, lights], filters: { sort: 'CLOSING_SOON' } })],
    });
    await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' });
    const sort = screen.getByRole('combobox', { name: 'Sắp xếp' });
    expect(within(sort).queryByRole('option', { name: 'Phù hợp nhất' })).not.toBeInTheDocument();

    await user.selectOptions(sort, 'CLOSING_SOON');

    expect(router.state.location.search).toBe('?sort=CLOSING_SOON');
    await waitFor(() => expect(screen.getAllByRole('link', { name: /Cảm biến|Đèn tín hiệu/ }).map((link) => link.textContent)).toEqual(['Cảm biến chất lượng nước', 'Đèn tín hiệu thông minh']));
  });

  it('appends the next page after the end cursor', async () => {
    const { user } = renderApp({
      path: '/projects',
      mocks: [
        icfIndicatorsAnswer(),
        projectsPage({ nodes: [lights, water], totalCount: 3, endCursor: 'cursor-p-2', hasNextPage: true }),
        projectsPage({ nodes: [hackathon], after: 'cursor-p-2', totalCount: 3 }),
      ],
    });
    expect(await screen.findByText('Đang hiển thị 2 trên 3 dự án')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xem thêm dự án' }));

    expect(await screen.findByRole('link', { name: 'Thử thách dữ liệu mở' })).toBeInTheDocument();
    expect(screen.getByText('Đang hiển thị 3 trên 3 dự án')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem thêm dự án' })).not.toBeInTheDocument();
  });

  it('says when nothing matches and clears the filters', async () => {
    const { user, router } = renderApp({
      path: '/projects?domain=HEALTH',
      mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [], filters: { domains: ['HEALTH'] } }), projectsPage({ nodes: [lights] })],
    });

    expect(await screen.findByText('Không có dự án phù hợp')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Bỏ bộ lọc' })[0] as HTMLElement);

    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();
  });

  it('says when there is no project at all', async () => {
    renderApp({ path: '/projects', mocks: [icfIndicatorsAnswer(), projectsPage({ nodes: [] })] });

    expect(await screen.findByText('Chưa có dự án nào')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bỏ bộ lọc' })).not.toBeInTheDocument();
  });

  it('shows the server’s message when the list fails, and retries', async () => {
    const { user } = renderApp({
      path: '/projects',
      mocks: [
        icfIndicatorsAnswer(),
        { request: { query: PROJECTS_QUERY, variables: projectsVariables() }, result: { errors: [{ message: 'Cơ sở dữ liệu tạm thời không khả dụng. Vui lòng thử lại sau giây lát.', extensions: { code: 'INTERNAL' } }] } },
        projectsPage({ nodes: [lights] }),
      ],
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được danh sách dự án');
    expect(alert).toHaveTextContent('Cơ sở dữ liệu tạm thời không khả dụng. Vui lòng thử lại sau giây lát.');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();
  });

  it('speaks English, with đồng written the English way', async () => {
    const { user } = renderApp({ path: '/projects', mocks: [icfIndicatorsAnswer('vi', 1), icfIndicatorsAnswer('en'), projectsPage({ nodes: [lights] })] });
    await screen.findByRole('link', { name: 'Đèn tín hiệu thông minh' });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('3 days left')).toBeInTheDocument();
    expect(screen.getByText('₫1,500,000,000')).toBeInTheDocument();
    expect(await within(screen.getByRole('list', { name: 'Project search results' })).findByText('Broadband')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Pilot tender (0)' })).toBeInTheDocument();
  });
});
