import { screen, within } from '@testing-library/react';
import { DECLARE_CONFLICT_MUTATION, SCORE_PROPOSAL_MUTATION } from '@web/modules/evaluation/graphql/evaluation';
import { ownerAdmin, reviewAnswer, reviewer, reviewerUser, reviewProposal } from '@web/testing/evaluation';
import { renderApp } from '@web/testing/render';

const path = '/proposals/p-1/review';
const declaredNone = reviewer({ declaration: 'NO_CONFLICT', declaredAt: '2025-04-12T02:00:00Z' });

describe('proposal review', () => {
  it('asks for the declaration first; a conflict hides the scoring sheet and says why', async () => {
    let sent = 0;
    const { user } = renderApp({
      path,
      me: reviewerUser,
      mocks: [
        reviewAnswer(reviewProposal()),
        {
          request: { query: DECLARE_CONFLICT_MUTATION, variables: { proposalId: 'p-1', hasConflict: true, note: 'Tôi từng làm việc tại Becamex IDC.' } },
          result: () => {
            sent += 1;
            return { data: { declareConflictOfInterest: reviewer({ declaration: 'CONFLICT', declarationNote: 'Tôi từng làm việc tại Becamex IDC.', declaredAt: '2025-04-12T02:00:00Z' }) } };
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Chấm hồ sơ: Đèn tín hiệu thích ứng dùng camera AI' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Trường Đại học Thủ Dầu Một')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Khai báo xung đột lợi ích' })).toBeInTheDocument();
    // No scoring before the declaration.
    expect(screen.queryByRole('heading', { name: 'Phiếu chấm điểm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Điểm/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi khai báo' }));
    expect(await screen.findByText('Hãy chọn một câu trả lời.')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Tôi có xung đột lợi ích/ }));
    await user.type(screen.getByRole('textbox', { name: /Ghi chú/ }), 'Tôi từng làm việc tại Becamex IDC.');
    await user.click(screen.getByRole('button', { name: 'Gửi khai báo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khai báo có xung đột lợi ích?' });
    expect(sent).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Khai báo xung đột' }));

    expect(await screen.findByText('Bạn đã khai báo có xung đột lợi ích')).toBeInTheDocument();
    expect(sent).toBe(1);
    expect(screen.getByText(/Người chấm có xung đột lợi ích không được chấm hồ sơ này/)).toBeInTheDocument();
    expect(screen.getByText('Ghi chú của bạn: Tôi từng làm việc tại Becamex IDC.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Khai báo xung đột lợi ích' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Phiếu chấm điểm' })).not.toBeInTheDocument();
  });

  it('declaring no conflict opens the scoring sheet', async () => {
    const { user } = renderApp({
      path,
      me: reviewerUser,
      mocks: [
        reviewAnswer(reviewProposal()),
        {
          request: { query: DECLARE_CONFLICT_MUTATION, variables: { proposalId: 'p-1', hasConflict: false, note: null } },
          result: { data: { declareConflictOfInterest: declaredNone } },
        },
      ],
    });

    await user.click(await screen.findByRole('radio', { name: /Không có xung đột lợi ích/ }, { timeout: 5000 }));
    await user.click(screen.getByRole('button', { name: 'Gửi khai báo' }));
    expect(await screen.findByRole('heading', { name: 'Phiếu chấm điểm' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('scores each criterion with its guidance, shows the weighted total and sends the scores', async () => {
    const saved = reviewer({
      declaration: 'NO_CONFLICT',
      declaredAt: '2025-04-12T02:00:00Z',
      scores: [
        { __typename: 'ProposalScore', criterionId: 'c-1', reviewerId: reviewerUser.id, score: 8, comment: 'Camera AI đã được kiểm chứng.' },
        { __typename: 'ProposalScore', criterionId: 'c-2', reviewerId: reviewerUser.id, score: 5, comment: null },
      ],
    });
    let sent = 0;
    const { user } = renderApp({
      path,
      me: reviewerUser,
      mocks: [
        reviewAnswer(reviewProposal({ reviewers: [declaredNone, reviewer({ userId: 'u-other', fullName: 'Người khác', declaration: 'NO_CONFLICT' })] })),
        {
          request: {
            query: SCORE_PROPOSAL_MUTATION,
            variables: {
              proposalId: 'p-1',
              scores: [
                { criterionId: 'c-1', score: 8, comment: 'Camera AI đã được kiểm chứng.' },
                { criterionId: 'c-2', score: 5, comment: null },
              ],
            },
          },
          result: () => {
            sent += 1;
            return { data: { scoreProposal: saved } };
          },
        },
      ],
    });

    expect(await screen.findByRole('heading', { name: 'Phiếu chấm điểm' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Trọng số 60%')).toBeInTheDocument();
    expect(screen.getByText('Độ chín của công nghệ, khả năng tích hợp với hệ thống hiện có.')).toBeInTheDocument();
    expect(screen.getByText('Đã chấm 0/2 tiêu chí')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Điểm “Giải pháp kỹ thuật”' }), '8');
    await user.type(screen.getByRole('textbox', { name: 'Nhận xét về “Giải pháp kỹ thuật”' }), 'Camera AI đã được kiểm chứng.');
    expect(screen.getByText('Đã chấm 1/2 tiêu chí')).toBeInTheDocument();
    expect(screen.getByText(/^Tạm tính 48 điểm/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Điểm “Chi phí”' }), '5');
    // 8 × 60 / 10 + 5 × 40 / 10 = 68
    expect(screen.getByText('Tổng điểm có trọng số: 68/100')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu điểm' }));
    expect(await screen.findByText('Đã lưu điểm.')).toBeInTheDocument();
    expect(sent).toBe(1);
  });

  it('refuses a colleague who is not a reviewer of the proposal', async () => {
    renderApp({ path, me: ownerAdmin, mocks: [reviewAnswer(reviewProposal())] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bạn không được phân công chấm hồ sơ này' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Khai báo xung đột lợi ích' })).not.toBeInTheDocument();
  });
});
