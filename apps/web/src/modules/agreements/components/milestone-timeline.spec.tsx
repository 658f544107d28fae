import { screen, waitFor, within } from '@testing-library/react';
import { AGREEMENT_QUERY, REVIEW_MILESTONE_MUTATION, SUBMIT_MILESTONE_MUTATION } from '@web/modules/agreements/graphql/agreements';
import { AGREEMENT_ID, agreementView, COMPANY, companyMember, FUNDER, funderAdmin, milestoneView, UNIVERSITY, universityAdmin } from '@web/testing/agreements';
import { renderWithProviders } from '@web/testing/render';
import { MilestoneTimeline } from './milestone-timeline';

jest.setTimeout(30_000);

/** What the API says the reader may do with a milestone. */
const can = (submit: boolean, reviewingOrganisationId: string | null = null) => ({ __typename: 'MilestoneCapabilities' as const, submit, review: reviewingOrganisationId !== null, reviewingOrganisationId });

const survey = milestoneView({
  id: 'm-1',
  title: 'Khảo sát hiện trạng',
  dueDate: '2026-01-31',
  status: 'SUBMITTED',
  overdue: true,
  submittedAt: '2026-02-02T03:00:00Z',
  events: [
    {
      __typename: 'MilestoneEvent',
      id: 'e-1',
      action: 'SUBMITTED',
      actorName: 'Nguyễn Thị Lan',
      createdAt: '2026-02-02T03:00:00Z',
      note: 'Báo cáo khảo sát 20 điểm ngập.',
      organisation: UNIVERSITY,
      attachments: [
        { __typename: 'FileAttachment', id: 'f-1', name: 'khao-sat.pdf', contentType: 'application/pdf', size: 2048, sha256: 'ab'.repeat(32), url: '/api/files/f-1', createdAt: '2026-02-02T03:00:00Z' },
      ],
    },
  ],
});
const sensors = milestoneView({ id: 'm-2', title: 'Lắp đặt cảm biến', dueDate: '2026-09-30', paymentShare: 60, responsible: COMPANY });
const active = agreementView({ status: 'ACTIVE', milestones: [survey, sensors] });
const forFunder = agreementView({ status: 'ACTIVE', milestones: [{ ...survey, viewerCan: can(false, FUNDER.id) }, sensors] });

const articleOf = (title: string) => screen.getByRole('article', { name: new RegExp(title) });

describe('MilestoneTimeline', () => {
  it('highlights an overdue milestone with a badge and words, and shows its history', async () => {
    renderWithProviders(<MilestoneTimeline agreement={active} />, { me: companyMember });

    const overdue = await screen.findByRole('article', { name: '1. Khảo sát hiện trạng' });
    expect(overdue).toHaveAttribute('data-overdue', 'true');
    expect(within(overdue).getByTestId('overdue')).toHaveTextContent('Quá hạn');
    expect(within(overdue).getByTestId('milestone-due')).toHaveTextContent('31 tháng 1, 2026 — quá hạn');
    expect(within(overdue).getByTestId('milestone-status')).toHaveTextContent('Đã nộp');
    const history = within(overdue).getByTestId('milestone-events');
    expect(history).toHaveTextContent('Đã nộp · Nguyễn Thị Lan thay mặt TDMU');
    expect(history).toHaveTextContent('Báo cáo khảo sát 20 điểm ngập.');
    expect(within(history).getByRole('link', { name: /khao-sat\.pdf/ })).toHaveAttribute('href', '/api/files/f-1');

    const onTime = articleOf('Lắp đặt cảm biến');
    expect(onTime).toHaveAttribute('data-overdue', 'false');
    expect(within(onTime).queryByTestId('overdue')).not.toBeInTheDocument();
    // A due date is a calendar day: shown as that day, whatever the reader's time zone.
    expect(within(onTime).getByTestId('milestone-due')).toHaveTextContent('30 tháng 9, 2026');
    expect(within(onTime).getByText('60% (600.000.000 ₫)', { normalizer: (text) => text.replace(/\u00a0/g, ' ') })).toBeInTheDocument();
    expect(screen.getByTestId('milestone-summary')).toHaveTextContent('2 mốc, 0 đã nghiệm thu');
  });

  it('offers the deliverable form only to the responsible party, and submits the note', async () => {
    const submit = {
      request: { query: SUBMIT_MILESTONE_MUTATION, variables: { id: 'm-2', input: { note: 'Đã lắp 20 cảm biến, xem bản đồ.', attachmentIds: [] } } },
      result: jest.fn(() => ({ data: { submitMilestone: { ...sensors, status: 'SUBMITTED', submittedAt: '2026-09-01T03:00:00Z' } } })),
    };
    const refetch = { request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: { data: { agreement: active } } };
    const forCompany = agreementView({ status: 'ACTIVE', milestones: [survey, { ...sensors, viewerCan: can(true) }] });
    const { user } = renderWithProviders(<MilestoneTimeline agreement={forCompany} />, { me: companyMember, mocks: [submit, refetch] });

    const mine = await screen.findByRole('article', { name: '2. Lắp đặt cảm biến' });
    // Once the session is known: the company delivers the sensors, not the university's survey.
    const open = await within(mine).findByRole('button', { name: 'Nộp sản phẩm' });
    expect(within(articleOf('Khảo sát hiện trạng')).queryByRole('button', { name: 'Nộp sản phẩm' })).not.toBeInTheDocument();

    await user.click(open);
    await user.click(within(mine).getByRole('button', { name: 'Gửi nghiệm thu' }));
    expect(await within(mine).findByText('Hãy mô tả sản phẩm bàn giao.')).toBeInTheDocument();
    expect(submit.result).not.toHaveBeenCalled();

    await user.type(within(mine).getByRole('textbox', { name: /Sản phẩm bàn giao/ }), 'Đã lắp 20 cảm biến, xem bản đồ.');
    await user.click(within(mine).getByRole('button', { name: 'Gửi nghiệm thu' }));
    await waitFor(() => expect(submit.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã nộp sản phẩm của mốc “Lắp đặt cảm biến” để nghiệm thu.')).toBeInTheDocument();
  });

  it('offers the review where the API allows it, never to the responsible party', async () => {
    const bothSubmitted = agreementView({ status: 'ACTIVE', milestones: [survey, { ...sensors, status: 'SUBMITTED', viewerCan: can(false, UNIVERSITY.id) }] });
    renderWithProviders(<MilestoneTimeline agreement={bothSubmitted} />, { me: universityAdmin });

    // The university reviews the company's sensors…
    const theirs = await screen.findByRole('article', { name: '2. Lắp đặt cảm biến' });
    expect(await within(theirs).findByRole('button', { name: 'Nghiệm thu' })).toBeInTheDocument();
    expect(within(theirs).getByRole('button', { name: 'Từ chối' })).toBeInTheDocument();
    // …but not its own survey, which another party reviews.
    const own = articleOf('Khảo sát hiện trạng');
    expect(within(own).queryByRole('button', { name: 'Nghiệm thu' })).not.toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: 'Từ chối' })).not.toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: 'Nộp sản phẩm' })).not.toBeInTheDocument();
  });

  it('requires a reason to reject', async () => {
    const reject = {
      request: { query: REVIEW_MILESTONE_MUTATION, variables: { id: 'm-1', accept: false, reason: 'Thiếu số liệu 5 điểm.' } },
      result: jest.fn(() => ({
        data: {
          reviewMilestone: {
            ...survey,
            status: 'REJECTED',
            events: [
              ...survey.events,
              { __typename: 'MilestoneEvent', id: 'e-2', action: 'REJECTED', actorName: 'Lê Thanh Hải', createdAt: '2026-02-03T03:00:00Z', note: 'Thiếu số liệu 5 điểm.', organisation: agreementView().managingOrganisation, attachments: [] },
            ],
          },
        },
      })),
    };
    const refetch = { request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: { data: { agreement: active } } };
    const { user } = renderWithProviders(<MilestoneTimeline agreement={forFunder} />, { me: funderAdmin, mocks: [reject, refetch] });

    const item = await screen.findByRole('article', { name: '1. Khảo sát hiện trạng' });
    expect(await within(item).findByText('Bạn nghiệm thu thay mặt Sở Khoa học và Công nghệ Bình Dương.')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Từ chối' }));
    const dialog = await screen.findByRole('dialog', { name: 'Từ chối sản phẩm của mốc “Khảo sát hiện trạng”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối sản phẩm' }));
    expect(await within(dialog).findByText('Hãy nêu lý do từ chối.')).toBeInTheDocument();
    expect(reject.result).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: /Lý do từ chối/ }), 'Thiếu số liệu 5 điểm.');
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối sản phẩm' }));
    await waitFor(() => expect(reject.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã từ chối sản phẩm của mốc “Khảo sát hiện trạng”.')).toBeInTheDocument();
  });

  it('accepts without a comment', async () => {
    const accept = {
      request: { query: REVIEW_MILESTONE_MUTATION, variables: { id: 'm-1', accept: true, reason: null } },
      result: jest.fn(() => ({ data: { reviewMilestone: { ...survey, status: 'ACCEPTED', overdue: false } } })),
    };
    const refetch = { request: { query: AGREEMENT_QUERY, variables: { id: AGREEMENT_ID } }, result: { data: { agreement: active } } };
    const { user } = renderWithProviders(<MilestoneTimeline agreement={forFunder} />, { me: funderAdmin, mocks: [accept, refetch] });

    const item = await screen.findByRole('article', { name: '1. Khảo sát hiện trạng' });
    await user.click(await within(item).findByRole('button', { name: 'Nghiệm thu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nghiệm thu sản phẩm của mốc “Khảo sát hiện trạng”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận nghiệm thu' }));
    await waitFor(() => expect(accept.result).toHaveBeenCalledTimes(1));
  });
});
