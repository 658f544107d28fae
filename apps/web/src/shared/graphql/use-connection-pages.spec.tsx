import { useQuery } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import type { OrganisationKind } from '@helix/domain';
import { ORGANISATIONS_QUERY } from '@web/modules/organisations/graphql/organisations';
import { organisationNode, organisationsError, organisationsPage, organisationsVariables } from '@web/testing/organisations';
import { renderWithProviders } from '@web/testing/render';
import { useConnectionPages } from './use-connection-pages';

const province = organisationNode({ id: 'o-1', name: 'Ủy ban nhân dân tỉnh Bình Dương', kind: 'STATE' });
const university = organisationNode({ id: 'o-2', name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY' });
const becamex = organisationNode({ id: 'o-3', name: 'Becamex IDC', kind: 'ENTERPRISE' });

/** Shows what the hook says of a list of organisations, with buttons for its actions. */
function Probe({ keepPrevious }: { keepPrevious?: boolean }) {
  const [kinds, setKinds] = useState<OrganisationKind[]>([]);
  const query = useQuery(ORGANISATIONS_QUERY, { variables: organisationsVariables(kinds), notifyOnNetworkStatusChange: true });
  const pages = useConnectionPages(query, (data) => data.organisations, { loadMoreFailed: 'Next page failed', keepPrevious });
  const { nodes, totalCount, hasNextPage, loading, refreshing, loadingMore, error } = pages;
  return (
    <>
      <output data-testid="state">{JSON.stringify({ names: nodes.map((node) => node.name), totalCount, hasNextPage, loading, refreshing, loadingMore, failed: !!error })}</output>
      <button onClick={() => setKinds(['UNIVERSITY'])}>universities</button>
      <button onClick={() => void pages.loadMore()}>more</button>
      <button onClick={pages.retry}>retry</button>
    </>
  );
}

function state() {
  return JSON.parse(screen.getByTestId('state').textContent ?? '{}') as Record<string, unknown>;
}

describe('useConnectionPages', () => {
  it('shows the first page, then appends the next one after the end cursor', async () => {
    const { user } = renderWithProviders(<Probe />, {
      mocks: [
        organisationsPage({ nodes: [province, university], totalCount: 3, endCursor: 'cursor-o-2', hasNextPage: true }),
        { ...organisationsPage({ nodes: [becamex], after: 'cursor-o-2', totalCount: 3 }), delay: 50 },
      ],
    });
    expect(state()).toMatchObject({ names: [], loading: true, refreshing: false, failed: false });
    await waitFor(() => expect(state()).toMatchObject({ names: [province.name, university.name], totalCount: 3, hasNextPage: true, loading: false }));

    await user.click(screen.getByRole('button', { name: 'more' }));

    await waitFor(() => expect(state()).toMatchObject({ loadingMore: true }));
    await waitFor(() => expect(state()).toMatchObject({ names: [province.name, university.name, becamex.name], hasNextPage: false, loadingMore: false }));
  });

  it('keeps the pages shown and notifies with the given title and the server’s message when the next page fails', async () => {
    const { user } = renderWithProviders(<Probe />, {
      mocks: [
        organisationsPage({ nodes: [province], totalCount: 2, endCursor: 'cursor-o-1', hasNextPage: true }),
        { request: { query: ORGANISATIONS_QUERY, variables: organisationsVariables([], 'cursor-o-1') }, result: { errors: [{ message: 'Con trỏ phân trang không hợp lệ.', extensions: { code: 'BAD_USER_INPUT' } }] } },
      ],
    });
    await waitFor(() => expect(state()).toMatchObject({ names: [province.name] }));

    await user.click(screen.getByRole('button', { name: 'more' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Next page failed');
    expect(notice).toHaveTextContent('Con trỏ phân trang không hợp lệ.');
    expect(within(notice).getByRole('button', { name: 'Đóng thông báo' })).toBeInTheDocument();
    expect(state()).toMatchObject({ names: [province.name], hasNextPage: true, loadingMore: false, failed: false });
  });

  it('reports a failed list and recovers on retry', async () => {
    const { user } = renderWithProviders(<Probe />, {
      mocks: [organisationsError('Cơ sở dữ liệu tạm thời không khả dụng.', 'INTERNAL'), organisationsPage({ nodes: [province] })],
    });
    await waitFor(() => expect(state()).toMatchObject({ names: [], loading: false, failed: true }));

    await user.click(screen.getByRole('button', { name: 'retry' }));

    await waitFor(() => expect(state()).toMatchObject({ names: [province.name], loading: false, failed: false }));
  });

  it('keeps the former results while other variables load, when asked to', async () => {
    const { user } = renderWithProviders(<Probe keepPrevious />, {
      mocks: [organisationsPage({ nodes: [province, university] }), { ...organisationsPage({ nodes: [university], kinds: ['UNIVERSITY'] }), delay: 50 }],
    });
    await waitFor(() => expect(state()).toMatchObject({ names: [province.name, university.name] }));

    await user.click(screen.getByRole('button', { name: 'universities' }));

    await waitFor(() => expect(state()).toMatchObject({ names: [province.name, university.name], loading: false, refreshing: true, hasNextPage: false }));
    await waitFor(() => expect(state()).toMatchObject({ names: [university.name], totalCount: 1, refreshing: false }));
  });

  it('starts again from loading when other variables load, by default', async () => {
    const { user } = renderWithProviders(<Probe />, {
      mocks: [organisationsPage({ nodes: [province, university] }), { ...organisationsPage({ nodes: [university], kinds: ['UNIVERSITY'] }), delay: 50 }],
    });
    await waitFor(() => expect(state()).toMatchObject({ names: [province.name, university.name] }));

    await user.click(screen.getByRole('button', { name: 'universities' }));

    await waitFor(() => expect(state()).toMatchObject({ names: [], loading: true, refreshing: false }));
    await waitFor(() => expect(state()).toMatchObject({ names: [university.name], loading: false }));
  });
});
