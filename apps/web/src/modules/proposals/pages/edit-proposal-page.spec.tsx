import { screen, waitFor, within } from '@testing-library/react';
import { SUBMIT_PROPOSAL_MUTATION, UPDATE_PROPOSAL_MUTATION, WITHDRAW_PROPOSAL_MUTATION } from '@web/modules/proposals/graphql/proposals';
import { ORGANISATION_SEARCH_QUERY } from '@web/shared/organisations/graphql';
import { organisationSearchVariables } from '@web/shared/organisations/organisation-search-select';
import { auditChange, auditEvent, auditLogAnswer } from '@web/testing/activity';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { editableProposal, inDays, LEAD_ID, partner, PARTNER_ORG, PROPOSAL_ID, proposalAnswer } from '@web/testing/proposals';
import { renderApp } from '@web/testing/render';

const me = sessionUser({ memberships: [sessionMembership({ organisationId: LEAD_ID, name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', role: 'MEMBER' })] });
const path = `/proposals/${PROPOSAL_ID}/edit`;

jest.setTimeout(40_000);

type Answer = { data: Record<string, unknown> } | { errors: { message: string; extensions: Record<string, string> }[] };
const updateMock = (input: Record<string, unknown>, expectedVersion: number, result: () => Answer) => ({
  request: { query: UPDATE_PROPOSAL_MUTATION, variables: { id: PROPOSAL_ID, input, expectedVersion } },
  result: jest.fn(result),
});

describe('proposal editor', () => {
  it('autosaves a change about two seconds later with the version it was based on', async () => {
    const draft = editableProposal();
    const update = updateMock({ abstract: 'Tóm tắt mới.' }, 3, () => ({ data: { updateProposal: { ...draft, abstract: 'Tóm tắt mới.', version: 4 } } }));
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(draft), update] });

    const abstract = await screen.findByRole('textbox', { name: /Tóm tắt/ });
    await user.clear(abstract);
    await user.click(abstract);
    await user.paste('Tóm tắt mới.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Có thay đổi chưa lưu');

    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText(/Đã lưu lúc \d{2}:\d{2}/)).toBeInTheDocument();
  });

  it('checks fields before saving and lists what submission still lacks, with Submit disabled', async () => {
    const draft = editableProposal({ abstract: '', durationMonths: null });
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(draft)] });

    const checklist = await screen.findByTestId('checklist');
    expect(within(checklist).getByRole('button', { name: 'Viết tóm tắt' })).toBeInTheDocument();
    expect(within(checklist).getByRole('button', { name: 'Nhập thời gian thực hiện' })).toBeInTheDocument();
    expect(within(checklist).getByRole('button', { name: 'Chờ mọi đối tác xác nhận' })).toBeInTheDocument();
    expect(within(checklist).getByText('Có tiêu đề')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nộp đề xuất' })).toBeDisabled();

    // The checklist takes the reader to the field.
    await user.click(within(checklist).getByRole('button', { name: 'Viết tóm tắt' }));
    expect(screen.getByRole('textbox', { name: /Tóm tắt/ })).toHaveFocus();

    // A draft without a title is not sent: the field says why.
    const title = screen.getByRole('textbox', { name: /Tiêu đề đề xuất/ });
    await user.clear(title);
    expect(within(checklist).getByRole('button', { name: 'Thêm tiêu đề' })).toBeInTheDocument();
    expect(await screen.findByText('Chưa lưu: hãy sửa các ô được đánh dấu.', {}, { timeout: 6000 })).toBeInTheDocument();
    expect(title).toHaveAccessibleDescription(/Trường này là bắt buộc./);
    expect(screen.getByText('Trường này là bắt buộc.')).toBeInTheDocument();
  });

  it('shows the budget table total against the requested budget', async () => {
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(editableProposal())] });
    expect(await screen.findByTestId('budget-comparison')).toHaveTextContent('Tổng dự toán khớp với kinh phí đề nghị.');
    const amount = screen.getByRole('textbox', { name: 'Số tiền dòng 2' });
    await user.clear(amount);
    await user.type(amount, '300000000');
    expect(screen.getByTestId('budget-total')).toHaveTextContent(/900\.000\.000/);
    expect(screen.getByTestId('budget-comparison')).toHaveTextContent(/thấp hơn kinh phí đề nghị 100\.000\.000/);
  });

  it('on CONFLICT shows both versions side by side and saves only what the user chose', async () => {
    const draft = editableProposal();
    const theirs = editableProposal({ title: 'Tiêu đề do đồng nghiệp sửa', version: 4 });
    const refused = updateMock({ abstract: 'Của tôi' }, 3, () => ({ errors: [{ message: 'Dữ liệu đã được người khác thay đổi. Hãy tải lại và thử lại.', extensions: { code: 'CONFLICT' } }] }));
    const merged = updateMock({ abstract: 'Của tôi' }, 4, () => ({ data: { updateProposal: { ...theirs, abstract: 'Của tôi', version: 5 } } }));
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(draft), refused, proposalAnswer(theirs), merged] });

    const abstract = await screen.findByRole('textbox', { name: /Tóm tắt/ });
    await user.clear(abstract);
    await user.click(abstract);
    await user.paste('Của tôi');

    const conflict = await screen.findByTestId('conflict');
    expect(conflict).toHaveTextContent('Có người vừa lưu trước bạn');
    const titleRow = within(conflict).getByTestId('conflict-title');
    expect(within(titleRow).getByTestId('mine')).toHaveTextContent(draft.title ?? '');
    expect(within(titleRow).getByTestId('theirs')).toHaveTextContent('Tiêu đề do đồng nghiệp sửa');
    const abstractRow = within(conflict).getByTestId('conflict-abstract');
    expect(within(abstractRow).getByTestId('mine')).toHaveTextContent('Của tôi');
    expect(within(abstractRow).getByTestId('theirs')).toHaveTextContent(draft.abstract ?? '');
    // Nothing more is sent while the choice waits.
    expect(refused.result).toHaveBeenCalledTimes(1);
    expect(merged.result).not.toHaveBeenCalled();

    await user.click(within(titleRow).getByText('Mới nhất'));
    await user.click(within(conflict).getByRole('button', { name: 'Giữ theo lựa chọn' }));
    await waitFor(() => expect(screen.queryByTestId('conflict')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: /Tiêu đề đề xuất/ })).toHaveValue('Tiêu đề do đồng nghiệp sửa');
    expect(screen.getByRole('textbox', { name: /Tóm tắt/ })).toHaveValue('Của tôi');
    await waitFor(() => expect(merged.result).toHaveBeenCalledTimes(1));
  });

  it('keeps Submit disabled until every partner confirmed, then submits after confirmation', async () => {
    const pending = editableProposal();
    const { unmount } = renderApp({ path, me, mocks: [proposalAnswer(pending)] });
    expect(await screen.findByTestId('partner-status')).toHaveTextContent('Chờ xác nhận');
    expect(screen.getByRole('button', { name: 'Nộp đề xuất' })).toBeDisabled();
    unmount();

    const ready = editableProposal({ partners: [partner('CONFIRMED')] });
    const submit = {
      request: { query: SUBMIT_PROPOSAL_MUTATION, variables: { id: PROPOSAL_ID } },
      result: jest.fn(() => {
        const submittedAt = new Date().toISOString();
        const submissions = [{ __typename: 'ProposalSubmission', number: 1, submittedAt, contentHash: 'ab'.repeat(32) }];
        return { data: { submitProposal: { ...ready, status: 'SUBMITTED', version: 4, submittedAt, submissionCount: 1, contentHash: 'ab'.repeat(32), submissions } } };
      }),
    };
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(ready), submit] });
    expect(await screen.findByTestId('partner-status')).toHaveTextContent('Đã xác nhận');
    expect(screen.getByText('Đề xuất đã đủ để nộp.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Nộp đề xuất' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nộp đề xuất?' });
    await user.click(within(dialog).getByRole('button', { name: 'Nộp' }));
    await waitFor(() => expect(submit.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByRole('button', { name: 'Nộp lại bản mới' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rút đề xuất' })).toBeInTheDocument();
    expect(screen.getByTestId('submissions')).toHaveTextContent(`Lần nộp 1`);
    expect(screen.getByTestId('submissions')).toHaveTextContent(`SHA-256 ${'ab'.repeat(8)}…`);
  });

  it('is read-only after the closing time, with the reason', async () => {
    const project = editableProposal().project;
    if (!project) throw new Error('the fixture has a project');
    const closed = editableProposal({ status: 'SUBMITTED', project: { ...project, status: 'EVALUATION', closesAt: inDays(-1) } });
    renderApp({ path, me, mocks: [proposalAnswer(closed)] });
    expect(await screen.findByTestId('read-only')).toHaveTextContent(/đã hết hạn nhận hồ sơ/);
    expect(screen.getByRole('textbox', { name: /Tiêu đề đề xuất/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Nộp/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rút đề xuất' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('save-status')).not.toBeInTheDocument();
  });

  it('finds verified organisations by name, names one as a partner (pending) and saves the list', async () => {
    const draft = editableProposal({ partners: [] });
    const search = (text: string, nodes: (typeof PARTNER_ORG)[]) => ({
      request: { query: ORGANISATION_SEARCH_QUERY, variables: organisationSearchVariables(text) },
      result: {
        data: {
          organisations: {
            __typename: 'OrganisationConnection',
            edges: nodes.map((node) => ({ __typename: 'OrganisationEdge', cursor: `c-${node.id}`, node })),
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
    });
    const update = updateMock({ partnerOrganisationIds: [PARTNER_ORG.id] }, 3, () => ({ data: { updateProposal: { ...draft, partners: [partner('PENDING')], version: 4 } } }));
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(draft), search('', []), search('binh duong', [PARTNER_ORG]), update] });

    expect(await screen.findByText('Chưa có đối tác: đề xuất do tổ chức của bạn thực hiện một mình.')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: /Thêm đối tác/ });
    await user.click(picker);
    await user.type(picker, 'binh duong');
    await user.click(await screen.findByRole('option', { name: 'Công ty Cổ phần Công nghệ Bình Dương (BDTech)' }));
    const row = await screen.findByTestId('partner-row');
    expect(row).toHaveTextContent('Công ty Cổ phần Công nghệ Bình Dương');
    expect(within(row).getByTestId('partner-status')).toHaveTextContent('Chờ xác nhận');
    await waitFor(() => expect(update.result).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('button', { name: 'Nộp đề xuất' })).toBeDisabled();
  });

  it('withdraws a submitted proposal after confirmation', async () => {
    const submitted = editableProposal({ status: 'SUBMITTED', partners: [partner('CONFIRMED')], submittedAt: '2026-03-05T03:00:00Z', submissionCount: 1 });
    const withdraw = {
      request: { query: WITHDRAW_PROPOSAL_MUTATION, variables: { id: PROPOSAL_ID } },
      result: jest.fn(() => ({ data: { withdrawProposal: { ...submitted, status: 'WITHDRAWN', version: 4, withdrawnAt: new Date().toISOString() } } })),
    };
    const { user } = renderApp({ path, me, mocks: [proposalAnswer(submitted), withdraw] });
    await user.click(await screen.findByRole('button', { name: 'Rút đề xuất' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rút đề xuất?' });
    await user.click(within(dialog).getByRole('button', { name: 'Rút đề xuất' }));
    await waitFor(() => expect(withdraw.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã rút đề xuất.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nộp đề xuất' })).toBeEnabled();
  });

  it('shows a partner the proposal read-only', async () => {
    const partnerMe = sessionUser({ memberships: [sessionMembership({ organisationId: PARTNER_ORG.id, name: PARTNER_ORG.name, kind: 'ENTERPRISE', role: 'ADMIN' })] });
    renderApp({ path, me: partnerMe, mocks: [proposalAnswer(editableProposal({ viewerRole: 'PARTNER' }))] });
    expect(await screen.findByTestId('read-only')).toHaveTextContent('chỉ tổ chức chủ trì sửa và nộp đề xuất');
    expect(screen.getByRole('textbox', { name: /Tiêu đề đề xuất/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Nộp đề xuất' })).not.toBeInTheDocument();
  });

  it('shows the lead and partners the proposal’s activity', async () => {
    const confirmed = auditEvent({
      id: 'e-1',
      action: 'PARTNERSHIP_CONFIRMED',
      subjectType: 'PROPOSAL',
      subjectId: PROPOSAL_ID,
      actorName: 'Trần Văn Minh',
      organisation: { __typename: 'Organisation', id: PARTNER_ORG.id, name: PARTNER_ORG.name, shortName: PARTNER_ORG.shortName },
      changes: [auditChange('partner', null, PARTNER_ORG.id), auditChange('status', 'PENDING', 'CONFIRMED')],
    });
    renderApp({ path, me, mocks: [proposalAnswer(editableProposal()), auditLogAnswer({ subjectId: PROPOSAL_ID, events: [confirmed] })] });
    const timeline = await screen.findByRole('list', { name: 'Hoạt động' });
    const event = within(timeline).getByTestId('activity-event');
    expect(event).toHaveTextContent('Đối tác xác nhận tham gia');
    expect(event).toHaveTextContent(`Trần Văn Minh, thay mặt ${PARTNER_ORG.name}`);
    // A partner's answer is said with the partnership's words; the organisation's id is left out.
    expect(within(event).getByTestId('activity-change')).toHaveTextContent('Trạng thái: Chờ xác nhận → thành Đã xác nhận');
  });
});
