import { screen, waitFor } from '@testing-library/react';
import { ADD_PROPOSAL_COMMENT_MUTATION, COMMENTS_PAGE_SIZE, PROPOSAL_COMMENTS_QUERY, ProposalComments } from '@web/modules/proposals/components/proposal-comments';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { renderWithProviders } from '@web/testing/render';

const PROPOSAL_ID = 'p-1';
const member = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-bdtech', name: 'BD Tech', kind: 'ENTERPRISE', role: 'MEMBER' })] });
const viewer = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-bdtech', name: 'BD Tech', kind: 'ENTERPRISE', role: 'VIEWER' })] });

const comment = (id: string, body: string, author: string, organisation: string) => ({
  __typename: 'ProposalComment' as const,
  id,
  body,
  createdAt: '2026-11-20T03:00:00.000Z',
  author: { __typename: 'ProposalCommentAuthor' as const, id: `u-${id}`, fullName: author },
  organisation: { __typename: 'Organisation' as const, id: `o-${organisation}`, name: organisation },
});

const list = (comments: ReturnType<typeof comment>[]) => ({
  request: { query: PROPOSAL_COMMENTS_QUERY, variables: { proposalId: PROPOSAL_ID, first: COMMENTS_PAGE_SIZE } },
  result: {
    data: {
      proposalComments: {
        __typename: 'ProposalCommentConnection',
        totalCount: comments.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: comments.map((node) => ({ __typename: 'ProposalCommentEdge', node })),
      },
    },
  },
});

const first = comment('c-1', 'Xin kiểm tra lại ngân sách.', 'Nguyễn Lan', 'Đại học Thủ Dầu Một');
const reply = comment('c-2', 'Đã sửa: cảm biến rẻ hơn.', 'Trần Minh', 'BD Tech');

describe('the consortium comments', () => {
  it('lists the comments oldest first with author and organisation, and posts a new one', async () => {
    const { user } = renderWithProviders(<ProposalComments proposalId={PROPOSAL_ID} status="DRAFT" />, {
      me: member,
      mocks: [
        list([first]),
        {
          // Only the trimmed text, for this proposal, matches.
          request: { query: ADD_PROPOSAL_COMMENT_MUTATION, variables: { proposalId: PROPOSAL_ID, body: 'Đã sửa: cảm biến rẻ hơn.' } },
          result: { data: { addProposalComment: reply } },
        },
        list([first, reply]),
      ],
    });
    expect(await screen.findByText('Xin kiểm tra lại ngân sách.')).toBeInTheDocument();
    expect(screen.getByText(/Nguyễn Lan \(Đại học Thủ Dầu Một\)/)).toBeInTheDocument();
    expect(screen.getByText('Ghi chú làm việc giữa đơn vị chủ trì và các đối tác. Chủ dự án không bao giờ xem được.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi bình luận' }));
    expect(await screen.findByText('Hãy nhập bình luận.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Bình luận của bạn' }), '  Đã sửa: cảm biến rẻ hơn.  ');
    await user.click(screen.getByRole('button', { name: 'Gửi bình luận' }));
    await waitFor(() => expect(screen.getAllByTestId('proposal-comment')).toHaveLength(2));
    expect(screen.getByRole('textbox', { name: 'Bình luận của bạn' })).toHaveValue('');
  });

  it('lets a viewer read but not post, and closes the thread once the proposal is decided', async () => {
    const { unmount } = renderWithProviders(<ProposalComments proposalId={PROPOSAL_ID} status="DRAFT" />, { me: viewer, mocks: [list([first])] });
    expect(await screen.findByText('Xin kiểm tra lại ngân sách.')).toBeInTheDocument();
    expect(screen.getByText('Người xem đọc được bình luận nhưng không thể gửi.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi bình luận' })).not.toBeInTheDocument();
    unmount();

    renderWithProviders(<ProposalComments proposalId={PROPOSAL_ID} status="REJECTED" />, { me: member, mocks: [list([])] });
    expect(await screen.findByText('Chưa có bình luận nào.')).toBeInTheDocument();
    expect(screen.getByText('Đề xuất đã có quyết định: không thể bình luận thêm.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Bình luận của bạn' })).not.toBeInTheDocument();
  });
});
