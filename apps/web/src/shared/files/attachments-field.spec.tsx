import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { renderWithProviders } from '@web/testing/render';
import { AttachmentsField, type AttachmentsFieldProps } from './attachments-field';
import type { UploadedFile } from './upload-file';

const stored = (name: string, size: number, contentType = 'application/pdf'): UploadedFile => {
  const id = `${name.length.toString(16).padStart(8, '0')}-0000-4000-8000-${String(size).padStart(12, '0')}`;
  return { id, name, contentType, size, sha256: 'b'.repeat(64), url: `/api/files/${id}`, createdAt: '2026-03-01T08:00:00.000Z' };
};

const fileOf = (name: string, size: number, type = 'application/pdf') => new File([new Uint8Array(size).fill(0x41)], name, { type });

/** The field inside a form that keeps its value, reporting each change. */
function Harness({ initial = [], onValue, ...props }: Partial<AttachmentsFieldProps> & { initial?: UploadedFile[]; onValue?: (files: UploadedFile[]) => void }) {
  const [value, setValue] = useState<UploadedFile[]>(initial);
  return (
    <AttachmentsField
      {...props}
      value={value}
      onChange={(files) => {
        setValue(files);
        onValue?.(files);
      }}
    />
  );
}

const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

/** Answers uploads in order; each answer may wait for the test to release it. */
function serverAnswers(...answers: (() => Promise<Response>)[]) {
  const spy = jest.spyOn(globalThis, 'fetch');
  for (const answer of answers) spy.mockImplementationOnce(() => answer());
  return spy;
}

describe('AttachmentsField', () => {
  it('uploads the picked files one after another, showing each one’s progress, then lists them with their sizes', async () => {
    let release: () => void = () => undefined;
    const first = stored('Kế hoạch.pdf', 2048);
    const second = stored('Dự toán.xlsx', 1_572_864, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const fetchSpy = serverAnswers(
      () => new Promise((resolve) => (release = () => resolve(Response.json(first, { status: 201 })))),
      () => Promise.resolve(Response.json(second, { status: 201 })),
    );
    const onValue = jest.fn();
    const onUploadingChange = jest.fn();
    const { user } = renderWithProviders(<Harness onValue={onValue} onUploadingChange={onUploadingChange} />);

    expect(screen.getByText('Tài liệu đính kèm')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chọn tệp' })).toHaveAccessibleDescription(/mỗi tệp tối đa 25 MB, tối đa 20 tệp/);
    await user.upload(fileInput(), [fileOf('Kế hoạch.pdf', 2048), fileOf('Dự toán.xlsx', 3000, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]);

    expect(await screen.findByText('Đang tải lên…', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('Đang chờ…')).toBeInTheDocument();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(onUploadingChange).toHaveBeenLastCalledWith(true);

    release();
    const list = await screen.findByRole('list');
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(2));
    expect(within(list).getByRole('link', { name: 'Tải xuống Kế hoạch.pdf (2 kB)' })).toHaveAttribute('href', first.url);
    expect(within(list).getByText('1,5 MB')).toBeInTheDocument();
    expect(within(list).getByRole('img', { name: 'Bảng tính' })).toBeInTheDocument();
    expect(onValue).toHaveBeenLastCalledWith([first, second]);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(onUploadingChange).toHaveBeenLastCalledWith(false));
    expect(screen.getByText('2 tệp đã tải lên')).toBeInTheDocument();
  });

  it('shows the server’s refusal for each file and keeps the ones that went through', async () => {
    const good = stored('ok.pdf', 100);
    serverAnswers(
      () => Promise.resolve(Response.json({ code: 'BAD_USER_INPUT', field: 'file', message: 'Loại tệp không được chấp nhận.' }, { status: 400 })),
      () => Promise.resolve(Response.json(good, { status: 201 })),
    );
    const { user } = renderWithProviders(<Harness />);

    await user.upload(fileInput(), [fileOf('setup.pdf', 100), fileOf('ok.pdf', 100)]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải lên được setup.pdf: Loại tệp không được chấp nhận.');
    expect(await screen.findByRole('link', { name: /ok\.pdf/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /setup\.pdf/ })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Đóng thông báo lỗi' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses too large, empty and surplus files before sending anything', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const { user } = renderWithProviders(<Harness initial={[stored('a.pdf', 10)]} maxBytes={1024} maxFiles={2} />);

    expect(screen.getByRole('button', { name: 'Chọn tệp' })).toHaveAccessibleDescription(/mỗi tệp tối đa 1 kB, tối đa 2 tệp/);
    fetchSpy.mockImplementation(() => Promise.resolve(Response.json(stored('b.pdf', 500), { status: 201 })));
    await user.upload(fileInput(), [fileOf('big.pdf', 2048), fileOf('empty.pdf', 0), fileOf('b.pdf', 500), fileOf('c.pdf', 500)]);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải lên được big.pdf: tệp lớn hơn 1 kB.');
    expect(alert).toHaveTextContent('Không tải lên được empty.pdf: tệp trống.');
    expect(alert).toHaveTextContent('Không tải lên được c.pdf: đã đủ 2 tệp đính kèm.');
    expect(await screen.findByRole('link', { name: /b\.pdf/ })).toBeInTheDocument();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    // Full: nothing more can be picked.
    expect(screen.getByRole('button', { name: 'Chọn tệp' })).toBeDisabled();
  });

  it('removes a file from the value', async () => {
    const onValue = jest.fn();
    const [first, second] = [stored('một.pdf', 10), stored('hai.png', 20, 'image/png')];
    const { user } = renderWithProviders(<Harness initial={[first, second]} onValue={onValue} />);

    await user.click(screen.getByRole('button', { name: 'Gỡ một.pdf' }));

    expect(onValue).toHaveBeenLastCalledWith([second]);
    expect(screen.queryByText('một.pdf')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /hai\.png/ })).toBeInTheDocument();
  });

  it('shows a form’s error about the field, and can be disabled', () => {
    renderWithProviders(<Harness error="Không tìm thấy tệp đính kèm." disabled label="Hồ sơ dự án" />);
    expect(screen.getByText('Hồ sơ dự án')).toBeInTheDocument();
    expect(screen.getByText('Không tìm thấy tệp đính kèm.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chọn tệp' })).toBeDisabled();
  });
});
