import { screen } from '@testing-library/react';
import { ownerAdmin } from '@web/testing/evaluation';
import { daysFromNow, icfIndicatorsAnswer, projectAnswer, projectDetails } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const ownerView = (status: 'OPEN' | 'EVALUATION') =>
  projectDetails({
    status,
    closesAt: status === 'OPEN' ? daysFromNow(3) : daysFromNow(-1),
    viewerCanManage: true,
    eligibility: { __typename: 'ProjectEligibility', eligible: false, reason: 'OWN_PROJECT', message: 'Đây là dự án của tổ chức bạn.' },
  });

describe('evaluation board link on the project page', () => {
  it('leads the owner to the board once the call is in evaluation', async () => {
    const project = ownerView('EVALUATION');
    renderApp({ path: `/projects/${project.id}`, me: ownerAdmin, mocks: [icfIndicatorsAnswer(), projectAnswer(project)] });
    expect(await screen.findByRole('link', { name: 'Bảng đánh giá' }, { timeout: 5000 })).toHaveAttribute('href', `/projects/${project.id}/evaluation`);
  });

  it('is not offered while the call is open', async () => {
    const project = ownerView('OPEN');
    renderApp({ path: `/projects/${project.id}`, me: ownerAdmin, mocks: [icfIndicatorsAnswer(), projectAnswer(project)] });
    expect(await screen.findByRole('heading', { level: 1, name: project.title }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bảng đánh giá' })).not.toBeInTheDocument();
  });
});
