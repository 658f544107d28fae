import { screen, waitFor, within } from '@testing-library/react';
import { CREATE_AGREEMENT_FROM_PROPOSAL_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { ASSIGN_REVIEWER_MUTATION, DECIDE_PROPOSAL_MUTATION, FINALIZE_EVALUATION_MUTATION } from '@web/modules/evaluation/graphql/evaluation';
import { AGREEMENT_ID, agreementAnswer, agreementView } from '@web/testing/agreements';
import { boardAnswer, boardProject, candidatesAnswer, evaluationProposal, lead, ownerAdmin, ranked, reviewer, reviewerUser } from '@web/testing/evaluation';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { daysFromNow, OWNER, PROJECT_ID } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const path = `/projects/${PROJECT_ID}/evaluation`;

const first = evaluationProposal({
  id: 'p-1',
  title: 'Đèn tín hiệu thích ứng dùng camera AI',
  partners: [{ __typename: 'ProposalPartner', proposalId: 'p-1', status: 'CONFIRMED', organisation: { __typename: 'Organisation', id: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một', shortName: 'TDMU' } }],
  reviewers: [reviewer({ declaration: 'NO_CONFLICT', declaredAt: '2025-04-12T02:00:00Z', scores: [
    { __typename: 'ProposalScore', criterionId: 'c-1', reviewerId: reviewerUser.id, score: 8, comment: 'Rất khả thi.' },
    { __typename: 'ProposalScore', criterionId: 'c-2', reviewerId: reviewerUser.id, score: 6, comment: null },
  ] })],
});
const second = evaluationProposal({ id: 'p-2', title: 'Nút giao xanh', status: 'SHORTLISTED', lead: lead('o-viettel', 'Viettel Bình Dương'), submittedAt: '2025-04-09T03:00:00Z' });
const third = evaluationProposal({ id: 'p-3', title: 'Cảm biến vòng từ', lead: lead('o-vnpt', 'VNPT Bình Dương'), submittedAt: '2025-04-11T03:00:00Z' });

const ranking = [ranked(first, 1, 72), ranked(second, 2, 64.5), ranked(third, null, null)];

describe('evaluation board', () => {
  it('lists the proposals by rank, and keeps finalising disabled while some are undecided', async () => {
    renderApp({ path, me: ownerAdmin, mocks: [boardAnswer(boardProject({ ranking })), candidatesAnswer([{ userId: reviewerUser.id, fullName: reviewerUser.fullName }])] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Bảng đánh giá' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/^1Đèn tín hiệu thích ứng dùng camera AIChủ trì: Becamex IDCLiên danh: Trường Đại học Thủ Dầu Một/);
    expect(within(rows[0]).getByText('72/100')).toBeInTheDocument();
    expect(within(rows[1]).getByText('64,5/100')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Vào danh sách ngắn')).toBeInTheDocument();
    expect(within(rows[2]).getByLabelText('Chưa xếp hạng')).toBeInTheDocument();
    expect(within(rows[2]).getByText('Chưa có điểm')).toBeInTheDocument();

    const finalize = screen.getByRole('button', { name: 'Kết thúc đánh giá' });
    expect(finalize).toBeDisabled();
    expect(finalize).toHaveAccessibleDescription(/Còn 3 hồ sơ chưa có quyết định cuối cùng/);
  });

  it('asks for a justification before deciding, then sends the decision with the feedback', async () => {
    const decided = { ...first, status: 'ACCEPTED' as const, decidedAt: '2025-04-20T02:00:00Z', decisions: [{ __typename: 'ProposalDecisionRecord' as const, decision: 'ACCEPTED' as const, justification: 'Giải pháp tốt nhất.', feedback: 'Chúc mừng!', decidedAt: '2025-04-20T02:00:00Z' }] };
    const variables = { proposalId: 'p-1', decision: 'ACCEPTED', justification: 'Giải pháp tốt nhất.', feedback: 'Chúc mừng!' };
    let sent = 0;
    const { user } = renderApp({
      path,
      me: ownerAdmin,
      mocks: [
        boardAnswer(boardProject({ ranking })),
        candidatesAnswer([{ userId: reviewerUser.id, fullName: reviewerUser.fullName }]),
        {
          request: { query: DECIDE_PROPOSAL_MUTATION, variables },
          result: () => {
            sent += 1;
            return { data: { decideProposal: { __typename: 'Proposal', id: 'p-1', status: 'ACCEPTED', decidedAt: '2025-04-20T02:00:00Z', feedback: 'Chúc mừng!' } } };
          },
        },
        boardAnswer(boardProject({ ranking: [ranked(decided, 1, 72), ranking[1], ranking[2]] })),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Đánh giá: Đèn tín hiệu thích ứng dùng camera AI' }, { timeout: 5000 }));
    // Each reviewer's sheet, criterion by criterion, with the comments.
    const sheet = screen.getByRole('list', { name: `Phiếu chấm của ${reviewerUser.fullName}` });
    expect(within(sheet).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Giải pháp kỹ thuật (60%): 8/10 — Rất khả thi.', 'Chi phí (40%): 6/10']);
    const decisions = screen.getByRole('group', { name: 'Quyết định cho Đèn tín hiệu thích ứng dùng camera AI' });
    // Under review: shortlist, accept or reject.
    expect(within(decisions).getAllByRole('button').map((button) => button.textContent)).toEqual(['Vào danh sách ngắn', 'Chấp nhận', 'Từ chối']);
    await user.click(within(decisions).getByRole('button', { name: 'Chấp nhận' }));

    const dialog = await screen.findByRole('dialog', { name: 'Chấp nhận hồ sơ' });
    expect(within(dialog).getByText(/Quyết định này là cuối cùng/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận chấp nhận' }));
    expect(await within(dialog).findByText('Hãy ghi lý do cho quyết định.')).toBeInTheDocument();
    expect(sent).toBe(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Lý do/ }), 'Giải pháp tốt nhất.');
    await user.type(within(dialog).getByRole('textbox', { name: /Phản hồi cho đơn vị nộp hồ sơ/ }), 'Chúc mừng!');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận chấp nhận' }));

    expect(await screen.findByText('Đã chấp nhận “Đèn tín hiệu thích ứng dùng camera AI”.')).toBeInTheDocument();
    expect(sent).toBe(1);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const history = await screen.findByRole('list', { name: 'Các quyết định' });
    expect(history).toHaveTextContent('Lý do: Giải pháp tốt nhất.');
    expect(history).toHaveTextContent('Phản hồi cho đơn vị nộp: Chúc mừng!');
  });

  it('assigns a member of the owner as a reviewer', async () => {
    const withReviewer = { ...third, reviewers: [reviewer({ proposalId: 'p-3' })] };
    const { user } = renderApp({
      path,
      me: ownerAdmin,
      mocks: [
        boardAnswer(boardProject({ ranking: [ranked(third, null, null)] })),
        candidatesAnswer([
          { userId: ownerAdmin.id, fullName: ownerAdmin.fullName, role: 'ADMIN' },
          { userId: reviewerUser.id, fullName: reviewerUser.fullName },
          { userId: 'u-viewer', fullName: 'Đỗ Văn Xem', role: 'VIEWER' },
        ]),
        {
          request: { query: ASSIGN_REVIEWER_MUTATION, variables: { proposalId: 'p-3', userId: reviewerUser.id } },
          result: { data: { assignReviewer: reviewer({ proposalId: 'p-3' }) } },
        },
        boardAnswer(boardProject({ ranking: [ranked(withReviewer, null, null)] })),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Đánh giá: Cảm biến vòng từ' }, { timeout: 5000 }));
    expect(screen.getByText('Chưa phân công ai.')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Phân công thành viên' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.click(select);
    const options = await screen.findAllByRole('option');
    // Viewers cannot review.
    expect(options.map((option) => option.textContent)).toEqual([ownerAdmin.fullName, reviewerUser.fullName]);
    await user.click(screen.getByRole('option', { name: reviewerUser.fullName }));
    await user.click(screen.getByRole('button', { name: 'Phân công' }));

    expect(await screen.findByText(`Đã phân công ${reviewerUser.fullName} chấm hồ sơ.`)).toBeInTheDocument();
    expect(await screen.findByText('Chưa khai báo xung đột')).toBeInTheDocument();
  });

  it('finalises once every proposal is decided', async () => {
    const decidedRanking = [ranked({ ...first, status: 'ACCEPTED' }, 1, 72), ranked({ ...second, status: 'REJECTED' }, 2, 64.5)];
    const { user } = renderApp({
      path,
      me: ownerAdmin,
      mocks: [
        boardAnswer(boardProject({ ranking: decidedRanking })),
        {
          request: { query: FINALIZE_EVALUATION_MUTATION, variables: { projectId: PROJECT_ID } },
          result: { data: { finalizeEvaluation: { __typename: 'Project', id: PROJECT_ID, status: 'AWARDED', decidedAt: '2025-04-21T02:00:00Z', version: 5 } } },
        },
        boardAnswer(boardProject({ ranking: decidedRanking, status: 'AWARDED', decidedAt: '2025-04-21T02:00:00Z' })),
      ],
    });

    expect(await screen.findByText('Mọi hồ sơ đã có quyết định; 1 hồ sơ được chấp nhận, dự án sẽ chuyển sang “Đã trao”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kết thúc đánh giá' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kết thúc đánh giá?' });
    expect(dialog).toHaveTextContent('Dự án sẽ được đánh dấu “Đã trao” với 1 hồ sơ được chấp nhận.');
    await user.click(within(dialog).getByRole('button', { name: 'Kết thúc đánh giá' }));

    expect(await screen.findByText('Đã kết thúc đánh giá: dự án đã được trao.')).toBeInTheDocument();
    expect(await screen.findByText('Đã kết thúc đánh giá: dự án đã được trao')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc đánh giá' })).not.toBeInTheDocument();
  });

  it('shows only existence, lead and time of a sealed call before its closing time', async () => {
    const sealed = evaluationProposal({ id: 'p-9', title: null, status: 'SUBMITTED' });
    renderApp({ path, me: ownerAdmin, mocks: [boardAnswer(boardProject({ status: 'OPEN', closesAt: daysFromNow(3), ranking: [ranked(sealed, null, null)] }))] });

    expect(await screen.findByText('Hồ sơ đang được niêm phong')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Đơn vị chủ trì', 'Thời gian nộp', 'Trạng thái', 'Đánh giá']);
    expect(within(table).getByText('Becamex IDC')).toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc đánh giá' })).not.toBeInTheDocument();
  });

  it('shows an undeclared reviewer their reviews to do, and no scores', async () => {
    const assigned = { ...third, reviewers: [reviewer({ proposalId: 'p-3' })] };
    renderApp({
      path,
      me: reviewerUser,
      mocks: [boardAnswer(boardProject({ viewerCanManage: true, owner: { __typename: 'Organisation', id: OWNER.id, name: OWNER.name, status: 'VERIFIED', myRole: 'MEMBER' }, ranking: [ranked(assigned, null, null)] }))],
    });

    const mine = await screen.findByRole('heading', { name: 'Hồ sơ bạn được phân công chấm' }, { timeout: 5000 });
    expect(mine.parentElement).toHaveTextContent('Cảm biến vòng từ cần khai báo xung đột lợi ích');
    expect(screen.getByRole('link', { name: 'Cảm biến vòng từ' })).toHaveAttribute('href', '/proposals/p-3/review');
    expect(screen.getByText('Ẩn với bạn (theo khai báo xung đột lợi ích)')).toBeInTheDocument();
    // Members below admin see the board without the owner's actions.
    expect(screen.getByText(/Chỉ chủ sở hữu hoặc quản trị viên/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc đánh giá' })).not.toBeInTheDocument();
  });

  it('refuses anyone outside the owner organisation', async () => {
    const outsider = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-tdmu', name: 'Trường Đại học Thủ Dầu Một' })] });
    renderApp({ path, me: outsider, mocks: [boardAnswer(boardProject({ ranking: null, viewerCanManage: false, owner: { __typename: 'Organisation', id: OWNER.id, name: OWNER.name, status: 'VERIFIED', myRole: null } }))] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Chỉ dành cho tổ chức đăng dự án' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('lets the owner create the partnership agreement of an accepted proposal, then opens it', async () => {
    const accepted = { ...first, status: 'ACCEPTED' as const, decidedAt: '2025-04-20T02:00:00Z' };
    const create = {
      request: { query: CREATE_AGREEMENT_FROM_PROPOSAL_MUTATION, variables: { proposalId: 'p-1' } },
      result: jest.fn(() => ({ data: { createAgreementFromProposal: { __typename: 'Agreement', id: AGREEMENT_ID, status: 'DRAFT' } } })),
    };
    const { user, router } = renderApp({
      path,
      me: ownerAdmin,
      mocks: [boardAnswer(boardProject({ status: 'AWARDED', decidedAt: '2025-04-21T02:00:00Z', ranking: [ranked(accepted, 1, 72)] })), create, agreementAnswer(agreementView({ status: 'DRAFT' }), 2)],
    });

    expect(await screen.findByText('Mở một đề xuất đã được chấp nhận bên dưới để lập thoả thuận hợp tác.', {}, { timeout: 5000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đánh giá: Đèn tín hiệu thích ứng dùng camera AI' }));
    await user.click(screen.getByRole('button', { name: 'Lập thoả thuận hợp tác' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/agreements/${AGREEMENT_ID}`));
    expect(create.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Cảnh báo ngập lụt đô thị' })).toBeInTheDocument();
  });

  it('links to the agreement once there is one, instead of offering another', async () => {
    const withAgreement = { ...first, status: 'ACCEPTED' as const, agreement: { __typename: 'Agreement' as const, id: AGREEMENT_ID, status: 'NEGOTIATION' as const } };
    const { user } = renderApp({ path, me: ownerAdmin, mocks: [boardAnswer(boardProject({ status: 'AWARDED', ranking: [ranked(withAgreement, 1, 72)] }))] });

    await user.click(await screen.findByRole('button', { name: 'Đánh giá: Đèn tín hiệu thích ứng dùng camera AI' }, { timeout: 5000 }));
    expect(screen.getByRole('link', { name: 'Mở thoả thuận hợp tác' })).toHaveAttribute('href', `/agreements/${AGREEMENT_ID}`);
    expect(screen.getByTestId('proposal-agreement')).toHaveTextContent('Đang đàm phán');
    expect(screen.queryByRole('button', { name: 'Lập thoả thuận hợp tác' })).not.toBeInTheDocument();
  });
});
