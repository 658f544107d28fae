import { screen } from '@testing-library/react';
import { organisationAnswer, organisationProfile } from '@web/testing/organisations';
import { renderApp } from '@web/testing/render';

const profile = organisationProfile();
const path = `/organisations/${profile.id}`;

describe('organisation page', () => {
  it('shows the public profile', async () => {
    renderApp({ path, mocks: [organisationAnswer(profile.id, { organisation: profile })] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sở Thông tin và Truyền thông Bình Dương' })).toBeInTheDocument();
    expect(screen.getByText('Cơ quan chuyên môn phụ trách chuyển đổi số của tỉnh.')).not.toHaveAttribute('lang');
    expect(screen.getByText('STTTT')).toBeInTheDocument();
    expect(screen.getAllByText('Nhà nước').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Đã xác minh').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'stttt.binhduong.gov.vn' })).toHaveAttribute('href', 'https://stttt.binhduong.gov.vn/');
    expect(screen.getByText('12 tháng 3, 2025')).toHaveAttribute('datetime', '2025-03-12T12:00:00Z');
    expect(screen.getByRole('link', { name: 'Quay lại hệ sinh thái' })).toHaveAttribute('href', '/#ecosystem');
    expect(document.title).toBe('Sở Thông tin và Truyền thông Bình Dương · Helix');
  });

  it('shows the description in the reader’s language, or the other one marked with its lang', async () => {
    const vietnameseOnly = organisationProfile({ descriptionEn: null });
    const { user } = renderApp({ path, mocks: [organisationAnswer(profile.id, { organisation: vietnameseOnly })] });
    await screen.findByRole('heading', { level: 1 });

    await user.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('Cơ quan chuyên môn phụ trách chuyển đổi số của tỉnh.')).toHaveAttribute('lang', 'vi');
    expect(screen.getByText('12 March 2025')).toBeInTheDocument();
  });

  it('does not turn a website that is not a web address into a link', async () => {
    renderApp({ path, mocks: [organisationAnswer(profile.id, { organisation: organisationProfile({ website: 'javascript:alert(1)', descriptionVi: null, descriptionEn: null }) })] });

    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/javascript/)).not.toBeInTheDocument();
    expect(screen.queryByText('Trang web')).not.toBeInTheDocument();
    expect(screen.getByText('Tổ chức chưa có phần giới thiệu.')).toBeInTheDocument();
  });

  it('answers NOT_FOUND with a friendly not-found page', async () => {
    renderApp({
      path,
      mocks: [organisationAnswer(profile.id, { errors: [{ message: 'Không tìm thấy tổ chức được yêu cầu.', extensions: { code: 'NOT_FOUND' } }] })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy tổ chức' })).toBeInTheDocument();
    expect(screen.getByText('Tổ chức này không tồn tại hoặc chưa được công khai.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chủ' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('Không tìm thấy tổ chức · Helix');
  });

  it('treats an address that is not an organisation id as not found', async () => {
    renderApp({
      path: '/organisations/not-a-uuid',
      mocks: [organisationAnswer('not-a-uuid', { errors: [{ message: 'Mã định danh không hợp lệ.', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }] })],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy tổ chức' })).toBeInTheDocument();
  });

  it('shows other failures with the server’s message and a retry', async () => {
    const { user } = renderApp({
      path,
      mocks: [
        organisationAnswer(profile.id, { errors: [{ message: 'Đã xảy ra lỗi máy chủ. Vui lòng thử lại sau.', extensions: { code: 'INTERNAL' } }] }),
        organisationAnswer(profile.id, { organisation: profile }),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Đã xảy ra lỗi máy chủ. Vui lòng thử lại sau.');
    await user.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('heading', { level: 1, name: profile.name })).toBeInTheDocument();
  });
});
