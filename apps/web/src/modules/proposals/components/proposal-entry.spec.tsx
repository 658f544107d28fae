import { screen } from '@testing-library/react';
import { PROJECT_PROPOSAL_ENTRY_QUERY } from '@web/modules/proposals/graphql/proposals';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { PROJECT_ID, projectAnswer, projectDetails } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const me = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-bdtech', name: 'Công ty Cổ phần Công nghệ Bình Dương', kind: 'ENTERPRISE', role: 'MEMBER' })] });
const entry = (proposals: { id: string; viewerRole: 'LEAD' | 'PARTNER'; status: 'DRAFT' }[]) => ({
  request: { query: PROJECT_PROPOSAL_ENTRY_QUERY, variables: { id: PROJECT_ID } },
  result: { data: { project: { __typename: 'Project', id: PROJECT_ID, proposals: proposals.map((proposal) => ({ __typename: 'Proposal', ...proposal })) } } },
});

describe('the project page’s proposal entry', () => {
  it('offers an eligible organisation to write a proposal', async () => {
    renderApp({ path: `/projects/${PROJECT_ID}`, me, mocks: [projectAnswer(projectDetails()), entry([])] });
    expect(await screen.findByRole('link', { name: 'Viết đề xuất' })).toHaveAttribute('href', `/proposals/new?projectId=${PROJECT_ID}`);
  });

  it('opens the proposal the organisation already leads', async () => {
    renderApp({ path: `/projects/${PROJECT_ID}`, me, mocks: [projectAnswer(projectDetails()), entry([{ id: 'p-1', viewerRole: 'LEAD', status: 'DRAFT' }])] });
    expect(await screen.findByRole('link', { name: 'Mở đề xuất của bạn' })).toHaveAttribute('href', '/proposals/p-1/edit');
  });

  it('offers nothing when the organisation is not eligible', async () => {
    renderApp({
      path: `/projects/${PROJECT_ID}`,
      me,
      mocks: [projectAnswer(projectDetails({ eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'KIND_NOT_ELIGIBLE', message: 'Dự án này chỉ dành cho trường đại học.' } }))],
    });
    expect(await screen.findByText('Dự án này chỉ dành cho trường đại học.')).toBeInTheDocument();
    expect(screen.queryByTestId('proposal-entry')).not.toBeInTheDocument();
  });
});
