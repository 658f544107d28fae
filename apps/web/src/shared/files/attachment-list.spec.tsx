import { screen, within } from '@testing-library/react';
import { i18n } from '@web/app/i18n';
import { renderWithProviders } from '@web/testing/render';
import { AttachmentList } from './attachment-list';

const FILES = [
  { id: 'f1', name: 'Điều khoản tham chiếu.pdf', contentType: 'application/pdf', size: 250_000, url: '/api/files/f1' },
  { id: 'f2', name: 'Bản vẽ.png', contentType: 'image/png', size: 800, url: '/api/files/f2' },
  { id: 'f3', name: 'Dự toán.xls', contentType: 'application/vnd.ms-excel', size: 3_145_728, url: '/api/files/f3' },
];

describe('AttachmentList', () => {
  it('lists each file with its type, a download link and its size in the reader’s locale', () => {
    renderWithProviders(<AttachmentList files={FILES} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [first] = items as [HTMLElement];
    expect(within(first).getByRole('img', { name: 'PDF' })).toBeInTheDocument();
    const link = within(first).getByRole('link', { name: 'Tải xuống Điều khoản tham chiếu.pdf (244,1 kB)' });
    expect(link).toHaveAttribute('href', '/api/files/f1');
    expect(link).toHaveAttribute('download', 'Điều khoản tham chiếu.pdf');
    expect(screen.getByRole('img', { name: 'Ảnh' })).toBeInTheDocument();
    expect(screen.getByText('800 byte')).toBeInTheDocument();
    expect(screen.getByText('3 MB')).toBeInTheDocument();
  });

  it('follows the reader’s language', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<AttachmentList files={FILES} />);
    expect(await screen.findByRole('link', { name: 'Download Điều khoản tham chiếu.pdf (244.1 kB)' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Spreadsheet' })).toBeInTheDocument();
  });

  it('says so when there is nothing, or renders nothing', () => {
    const { unmount } = renderWithProviders(<AttachmentList files={[]} emptyText="Chưa có tài liệu nào." />);
    expect(screen.getByText('Chưa có tài liệu nào.')).toBeInTheDocument();
    unmount();
    renderWithProviders(<AttachmentList files={[]} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
