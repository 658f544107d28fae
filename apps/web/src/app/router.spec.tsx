import { screen } from '@testing-library/react';
import { organisationAnswer, organisationNode, organisationProfile, organisationsPage } from '@web/testing/organisations';
import { mockFetch, renderApp } from '@web/testing/render';

describe('routes', () => {
  beforeEach(() => {
    mockFetch(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
  });

  it('answers an unknown address with a not-found page inside the layout', async () => {
    renderApp({ path: '/no/such/page' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(document.title).toBe('Không tìm thấy trang · Helix');
  });

  it('offers a skip link to the main content as the first stop', async () => {
    const { user } = renderApp({ path: '/no/such/page' });
    await screen.findByRole('heading', { level: 1 });

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('moves focus to the main content after following a link', async () => {
    const profile = organisationProfile();
    const { user } = renderApp({
      mocks: [organisationsPage({ nodes: [organisationNode({ id: profile.id, name: profile.name })] }), organisationAnswer(profile.id, { organisation: profile })],
    });

    await user.click(await screen.findByRole('link', { name: profile.name }));

    expect(await screen.findByRole('heading', { level: 1, name: profile.name })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
