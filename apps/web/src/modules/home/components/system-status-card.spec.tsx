import { screen, within } from '@testing-library/react';
import { mockFetch, renderWithProviders } from '@web/testing/render';
import { SystemStatusCard } from './system-status-card';

function statusOf(service: 'api' | 'database') {
  const region = screen.getByRole('region', { name: 'Trạng thái hệ thống' });
  return region.querySelector(`[data-service="${service}"]`);
}

describe('SystemStatusCard', () => {
  it('shows the API and the database up when /health says so', async () => {
    const fetchMock = mockFetch(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
    renderWithProviders(<SystemStatusCard />);

    expect(await screen.findAllByText('Hoạt động')).toHaveLength(2);
    expect(statusOf('api')).toHaveAttribute('data-state', 'up');
    expect(statusOf('database')).toHaveAttribute('data-state', 'up');
    expect(fetchMock).toHaveBeenCalledWith('/health', expect.objectContaining({ cache: 'no-store' }));
  });

  it('shows the database unavailable when the API answers 503', async () => {
    mockFetch(() => Promise.resolve(Response.json({ status: 'error', database: 'down' }, { status: 503 })));
    renderWithProviders(<SystemStatusCard />);

    expect(await screen.findByText('Không khả dụng')).toBeInTheDocument();
    expect(statusOf('api')).toHaveAttribute('data-state', 'up');
    expect(statusOf('database')).toHaveAttribute('data-state', 'down');
  });

  it('shows the API unavailable and the database unknown when nothing answers, and checks again on request', async () => {
    const fetchMock = mockFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const { user } = renderWithProviders(<SystemStatusCard />);

    expect(await screen.findByText('Không rõ')).toBeInTheDocument();
    expect(statusOf('api')).toHaveAttribute('data-state', 'down');
    expect(statusOf('database')).toHaveAttribute('data-state', 'unknown');

    fetchMock.mockImplementation(() => Promise.resolve(Response.json({ status: 'ok', database: 'up' })));
    await user.click(within(screen.getByRole('region', { name: 'Trạng thái hệ thống' })).getByRole('button', { name: 'Kiểm tra lại' }));

    expect(await screen.findAllByText('Hoạt động')).toHaveLength(2);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('treats an answer that is not the API’s JSON (a proxy error page) as the API being down', async () => {
    mockFetch(() => Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })));
    renderWithProviders(<SystemStatusCard />);

    expect(await screen.findByText('Không khả dụng')).toBeInTheDocument();
    expect(statusOf('api')).toHaveAttribute('data-state', 'down');
  });
});
