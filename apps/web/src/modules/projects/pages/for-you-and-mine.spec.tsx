import { screen, within } from '@testing-library/react';
import { sessionMembership, sessionUser } from '@web/testing/identity';
import { icfIndicatorsAnswer, myProjectsPage, OWNER, projectCard, recommendedAnswer } from '@web/testing/projects';
import { renderApp } from '@web/testing/render';

const becamex = sessionUser({ memberships: [sessionMembership({ organisationId: 'o-becamex', name: 'Becamex IDC', kind: 'ENTERPRISE' })] });
const owner = sessionUser({ memberships: [sessionMembership({ organisationId: OWNER.id, name: OWNER.name, kind: 'STATE' })] });

describe('"For you"', () => {
  it('says why each call was suggested, in sentences', async () => {
    renderApp({
      path: '/projects/for-you',
      me: becamex,
      mocks: [
        icfIndicatorsAnswer(),
        recommendedAnswer([
          {
            __typename: 'ProjectRecommendation',
            score: 0.82,
            reasons: ['ELIGIBLE_KIND', 'EXPERTISE_MATCH', 'PAST_DOMAIN', 'INVITED', 'CLOSING_SOON'],
            matchedExpertise: ['IoT', 'giao thông'],
            project: projectCard({ id: 'p-1', title: 'Đèn tín hiệu thông minh' }),
          },
        ]),
      ],
    });

    const list = await screen.findByRole('list', { name: 'Dự án gợi ý' });
    expect(within(list).getByRole('link', { name: 'Đèn tín hiệu thông minh' })).toHaveAttribute('href', '/projects/p-1');
    expect(within(list).getByText('Đúng đối tượng: doanh nghiệp')).toBeInTheDocument();
    expect(within(list).getByText('Khớp chuyên môn: IoT, giao thông')).toBeInTheDocument();
    expect(within(list).getByText('Tổ chức của bạn từng hoạt động trong lĩnh vực Giao thông')).toBeInTheDocument();
    expect(within(list).getByText('Tổ chức của bạn được mời tham gia')).toBeInTheDocument();
    expect(within(list).getByText('Sắp hết hạn nộp hồ sơ')).toBeInTheDocument();
    expect(within(list).getByText('Độ phù hợp 82%')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dành cho bạn' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Dành cho bạn · Helix');
  });

  it('says so when nothing is suggested', async () => {
    renderApp({ path: '/projects/for-you', me: becamex, mocks: [icfIndicatorsAnswer(), recommendedAnswer([])] });

    expect(await screen.findByText('Chưa có gợi ý nào')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem tất cả dự án' })).toHaveAttribute('href', '/projects');
  });

  it('asks a user without an organisation to create one first', async () => {
    renderApp({ path: '/projects/for-you', me: sessionUser(), mocks: [icfIndicatorsAnswer()] });

    expect(await screen.findByText('Hãy tạo hoặc tham gia một tổ chức để nhận gợi ý và đăng dự án.')).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Tạo tổ chức' })).toHaveAttribute('href', '/organisations/new');
  });

  it('sends anonymous visitors to sign in first', async () => {
    const { router } = renderApp({ path: '/projects/for-you', mocks: [icfIndicatorsAnswer()] });

    await screen.findByRole('heading', { level: 1 });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent('/projects/for-you')}`);
  });
});

describe('my organisation’s projects', () => {
  it('lists them with drafts, by status, with a way to start a new one', async () => {
    const draft = projectCard({ id: 'p-d', title: 'Bản nháp: bãi đỗ xe thông minh', status: 'DRAFT', closesAt: null, publishedAt: null });
    const open = projectCard({ id: 'p-o', title: 'Đèn tín hiệu thông minh' });
    const { user, router } = renderApp({
      path: '/projects/mine',
      me: owner,
      mocks: [icfIndicatorsAnswer(), myProjectsPage({ nodes: [draft, open] }), myProjectsPage({ nodes: [draft], status: 'DRAFT' })],
    });

    expect(await screen.findByRole('link', { name: 'Bản nháp: bãi đỗ xe thông minh' })).toHaveAttribute('href', '/projects/p-d');
    expect(screen.getByRole('link', { name: 'Đèn tín hiệu thông minh' })).toBeInTheDocument();
    expect(screen.getByText('Chưa đặt hạn nộp')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dự án mới' })).toHaveAttribute('href', '/projects/new');
    expect(screen.getByRole('link', { name: 'Dự án của tôi' })).toHaveAttribute('href', '/projects/mine');

    await user.click(screen.getByRole('tab', { name: 'Bản nháp' }));

    expect(router.state.location.search).toBe('?status=DRAFT');
    const drafts = await screen.findByRole('list', { name: 'Bản nháp' });
    expect(within(drafts).getByRole('link', { name: 'Bản nháp: bãi đỗ xe thông minh' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đèn tín hiệu thông minh' })).not.toBeInTheDocument();
  });

  it('says so when a status has no project', async () => {
    renderApp({ path: '/projects/mine?status=AWARDED', me: owner, mocks: [icfIndicatorsAnswer(), myProjectsPage({ nodes: [], status: 'AWARDED' })] });

    expect(await screen.findByText('Không có dự án ở trạng thái “Đã trao”')).toBeInTheDocument();
  });
});
