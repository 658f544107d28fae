import { screen, waitFor, within } from '@testing-library/react';
import { CONFIRM_PARTNERSHIP_MUTATION, CREATE_PROPOSAL_MUTATION, PROPOSAL_PROJECT_QUERY } from '@web/modules/proposals/graphql/proposals';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { nth } from '@web/testing/project-editor';
import { editableProposal, LEAD_ID, listItem, myProposalsPage, partner, PARTNER_ID, PARTNER_ORG, PROPOSAL_ID, PROPOSAL_PROJECT_ID, proposalAnswer } from '@web/testing/proposals';
import { i18n } from '@web/app/i18n';
import { renderApp } from '@web/testing/render';

jest.setTimeout(30_000);

const lead = sessionUser({ memberships: [sessionMembership({ organisationId: LEAD_ID, name: 'Trường Đại học Thủ Dầu Một', kind: 'UNIVERSITY', role: 'MEMBER' })] });
const partnerUser = (role: 'ADMIN' | 'MEMBER') =>
  sessionUser({ id: 'u-minh', fullName: 'Trần Văn Minh', memberships: [sessionMembership({ organisationId: PARTNER_ID, name: PARTNER_ORG.name, kind: 'ENTERPRISE', role })] });

describe('my proposals', () => {
  it('lists the organisation’s proposals with status, project, role, submission time, and the decision with feedback', async () => {
    const proposals = [
      listItem({ id: 'p-1', title: 'Cảm biến mực nước giá rẻ', status: 'DRAFT' }),
      listItem({ id: 'p-2', title: 'Bản đồ ngập theo thời gian thực', status: 'ACCEPTED', submittedAt: '2026-03-05T03:00:00Z', decision: 'ACCEPTED', feedback: 'Phương pháp rõ ràng, kinh phí hợp lý.' }),
      listItem({ id: 'p-3', title: 'Hệ thống đèn thông minh', status: 'SUBMITTED', viewerRole: 'PARTNER', submittedAt: '2026-03-04T03:00:00Z', partners: [partner('CONFIRMED', { ...PARTNER_ORG, id: LEAD_ID })] }),
    ];
    renderApp({ path: '/proposals', me: lead, mocks: [myProposalsPage('mine', proposals)] });

    const cards = await screen.findAllByTestId('proposal-card');
    expect(cards).toHaveLength(3);
    expect(within(nth(cards, 0)).getByRole('link', { name: 'Cảm biến mực nước giá rẻ' })).toHaveAttribute('href', '/proposals/p-1/edit');
    expect(nth(cards, 0)).toHaveTextContent('Bản nháp');
    expect(nth(cards, 0)).toHaveTextContent('Chủ trì');
    expect(nth(cards, 0)).toHaveTextContent('Cảnh báo ngập lụt đô thị theo thời gian thực');
    expect(within(nth(cards, 1)).getByTestId('decision')).toHaveTextContent('Quyết định: Được chấp nhận');
    expect(within(nth(cards, 1)).getByTestId('decision')).toHaveTextContent('Nhận xét: Phương pháp rõ ràng, kinh phí hợp lý.');
    expect(nth(cards, 1)).toHaveTextContent('Nộp lúc');
    expect(nth(cards, 2)).toHaveTextContent('Đối tác');
    expect(nth(cards, 2)).toHaveTextContent('Trả lời của tổ chức bạn:');
    expect(nth(cards, 2)).toHaveTextContent('Đã xác nhận');
    // Proposers never see scores.
    expect(screen.queryByText(/điểm/i)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đề xuất' })).toHaveAttribute('aria-current', 'page');
  });

  it('lets a partner’s admin confirm a consortium request from the inbox', async () => {
    const request = listItem({ id: PROPOSAL_ID, title: 'Cảm biến mực nước giá rẻ', viewerRole: 'PARTNER', partners: [partner('PENDING')] });
    const confirm = {
      request: { query: CONFIRM_PARTNERSHIP_MUTATION, variables: { proposalId: PROPOSAL_ID } },
      result: jest.fn(() => ({ data: { confirmPartnership: partner('CONFIRMED') } })),
    };
    const { user } = renderApp({ path: '/proposals/invitations', me: partnerUser('ADMIN'), mocks: [myProposalsPage('invitations', [request]), confirm, myProposalsPage('invitations', [])] });

    const card = await screen.findByTestId('proposal-card');
    expect(card).toHaveTextContent('Chủ trì: Trường Đại học Thủ Dầu Một');
    await user.click(within(card).getByRole('button', { name: 'Xác nhận tham gia “Cảm biến mực nước giá rẻ”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xác nhận tham gia liên danh?' });
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận tham gia' }));
    await waitFor(() => expect(confirm.result).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Đã xác nhận tham gia “Cảm biến mực nước giá rẻ” (Trường Đại học Thủ Dầu Một).')).toBeInTheDocument();
    expect(await screen.findByText('Không có lời mời nào đang chờ')).toBeInTheDocument();
  });

  it('tells a partner’s plain member why they cannot answer', async () => {
    const request = listItem({ id: PROPOSAL_ID, title: 'Cảm biến mực nước giá rẻ', viewerRole: 'PARTNER', partners: [partner('PENDING')] });
    renderApp({ path: '/proposals/invitations', me: partnerUser('MEMBER'), mocks: [myProposalsPage('invitations', [request])] });
    const card = await screen.findByTestId('proposal-card');
    expect(within(card).getByTestId('answer-denied')).toHaveTextContent('Chỉ chủ sở hữu hoặc quản trị viên mới trả lời được');
    expect(within(card).queryByRole('button', { name: /Xác nhận/ })).not.toBeInTheDocument();
  });

  it('creates a draft for an eligible project and continues in the editor', async () => {
    const project = {
      __typename: 'Project',
      id: PROPOSAL_PROJECT_ID,
      title: 'Cảnh báo ngập lụt đô thị theo thời gian thực',
      status: 'OPEN',
      closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      owner: { __typename: 'Organisation', id: 'o-owner', name: 'Sở Khoa học và Công nghệ Bình Dương' },
      eligibility: { __typename: 'ProjectEligibility', eligible: true, reason: null, message: null },
      proposals: [],
    };
    const created = editableProposal({ title: 'Cảm biến mực nước', abstract: '', approach: '', partners: [], version: 1 });
    const create = {
      request: { query: CREATE_PROPOSAL_MUTATION, variables: { input: { projectId: PROPOSAL_PROJECT_ID, title: 'Cảm biến mực nước' } } },
      result: jest.fn(() => ({ data: { createProposal: created } })),
    };
    const { user, router } = renderApp({
      path: `/proposals/new?projectId=${PROPOSAL_PROJECT_ID}`,
      me: lead,
      mocks: [{ request: { query: PROPOSAL_PROJECT_QUERY, variables: { id: PROPOSAL_PROJECT_ID } }, result: { data: { project } } }, create, proposalAnswer(created)],
    });

    const title = await screen.findByRole('textbox', { name: /Tiêu đề đề xuất/ });
    await user.click(screen.getByRole('button', { name: 'Tạo bản nháp' }));
    expect(await screen.findByText('Trường này là bắt buộc.')).toBeInTheDocument();
    await user.type(title, 'Cảm biến mực nước');
    await user.click(screen.getByRole('button', { name: 'Tạo bản nháp' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/proposals/${PROPOSAL_ID}/edit`));
    expect(create.result).toHaveBeenCalledTimes(1);
    expect(await screen.findByTestId('checklist')).toHaveTextContent('Viết tóm tắt');
  });

  it('speaks English when the reader chose it', async () => {
    await i18n.changeLanguage('en');
    const proposals = [listItem({ id: 'p-2', title: 'Flood map', status: 'REJECTED', submittedAt: '2026-03-05T03:00:00Z', decision: 'REJECTED', feedback: 'Budget too high.' })];
    renderApp({ path: '/proposals', me: lead, mocks: [myProposalsPage('mine', proposals)] });
    const card = await screen.findByTestId('proposal-card');
    expect(card).toHaveTextContent('Rejected');
    expect(card).toHaveTextContent('Lead');
    expect(within(card).getByTestId('decision')).toHaveTextContent('Decision: Rejected');
    expect(within(card).getByTestId('decision')).toHaveTextContent('Feedback: Budget too high.');
    expect(screen.getByRole('tab', { name: 'Partnership requests' })).toBeInTheDocument();
    expect(screen.getByText('1 proposal')).toBeInTheDocument();
  });
});
