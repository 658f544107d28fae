import { i18n } from '@web/app/i18n';
import { activeOrganisation } from '@web/shared/session/active-organisation';
import { sessionHint } from '@web/shared/session/session-hint';
import { uploadFile, type UploadedFile, UploadError } from './upload-file';

const STORED: UploadedFile = {
  id: '0b7f0a52-6c1e-4a4c-9d43-7e2f8e0c1a11',
  name: 'Báo cáo.pdf',
  contentType: 'application/pdf',
  size: 9,
  sha256: 'a'.repeat(64),
  url: '/api/files/0b7f0a52-6c1e-4a4c-9d43-7e2f8e0c1a11',
  createdAt: '2026-03-01T08:00:00.000Z',
};

const pdf = () => new File(['%PDF-1.7\n'], 'Báo cáo.pdf', { type: 'application/pdf' });

type Answer = (init: RequestInit) => Promise<Response>;

/** Stubs fetch with one answer per call, in order; returns the calls' request options. */
function answers(...replies: Answer[]) {
  const spy = jest.spyOn(globalThis, 'fetch');
  for (const reply of replies) spy.mockImplementationOnce((_input, init) => reply(init ?? {}));
  return spy;
}

const headersOf = (spy: ReturnType<typeof answers>, call = 0) => (spy.mock.calls[call]?.[1]?.headers ?? {}) as Record<string, string>;

afterEach(async () => {
  jest.restoreAllMocks();
  localStorage.clear();
  await i18n.changeLanguage('vi');
});

describe('uploadFile', () => {
  it('posts the file as multipart with the session cookie, the CSRF header, the language and the acting organisation', async () => {
    activeOrganisation.set('org-chosen');
    const spy = answers(() => Promise.resolve(Response.json(STORED, { status: 201 })));

    await expect(uploadFile(pdf())).resolves.toEqual(STORED);

    const [url, init] = spy.mock.calls[0] ?? [];
    expect(url).toBe('/api/files');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include' });
    expect(headersOf(spy)).toEqual({ Accept: 'application/json', 'Accept-Language': 'vi', 'X-Requested-With': 'XMLHttpRequest', 'X-Organisation-Id': 'org-chosen' });
    const body = init?.body as FormData;
    expect(body.get('file')).toBeInstanceOf(File);
    expect((body.get('file') as File).name).toBe('Báo cáo.pdf');
  });

  it('acts for the organisation it is given, and leaves the header out when there is none', async () => {
    activeOrganisation.set('org-chosen');
    const given = answers(() => Promise.resolve(Response.json(STORED, { status: 201 })));
    await uploadFile(pdf(), 'org-given');
    expect(headersOf(given)['X-Organisation-Id']).toBe('org-given');

    jest.restoreAllMocks();
    activeOrganisation.set(null);
    await i18n.changeLanguage('en');
    const none = answers(() => Promise.resolve(Response.json(STORED, { status: 201 })));
    await uploadFile(pdf());
    expect(headersOf(none)).not.toHaveProperty('X-Organisation-Id');
    expect(headersOf(none)['Accept-Language']).toBe('en');
  });

  it('rejects with the server’s code, field, message and status', async () => {
    answers(() => Promise.resolve(Response.json({ code: 'BAD_USER_INPUT', field: 'file', message: 'Tệp tối đa 25 MB.' }, { status: 413 })));
    const error = await uploadFile(pdf()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'Tệp tối đa 25 MB.', status: 413 });
  });

  it('says the server cannot be reached when the network fails or something else answers', async () => {
    answers(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(uploadFile(pdf())).rejects.toMatchObject({ code: undefined, status: 0, message: expect.stringContaining('Không thể kết nối') });
    answers(() => Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })));
    await expect(uploadFile(pdf())).rejects.toMatchObject({ code: undefined, status: 502, message: expect.stringContaining('Không thể kết nối') });
  });

  it('renews an expired session once and sends the file again', async () => {
    sessionHint.set();
    const refreshSession = jest.fn(() => Promise.resolve(true));
    const spy = answers(
      () => Promise.resolve(Response.json({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để thực hiện thao tác này.' }, { status: 401 })),
      () => Promise.resolve(Response.json(STORED, { status: 201 })),
    );
    await expect(uploadFile(pdf(), undefined, { refreshSession })).resolves.toEqual(STORED);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('does not try to renew without a session, nor twice', async () => {
    const refreshSession = jest.fn(() => Promise.resolve(false));
    const unauthenticated = () => Promise.resolve(Response.json({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để thực hiện thao tác này.' }, { status: 401 }));
    answers(unauthenticated);
    await expect(uploadFile(pdf(), undefined, { refreshSession })).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(refreshSession).not.toHaveBeenCalled();

    sessionHint.set();
    answers(unauthenticated);
    await expect(uploadFile(pdf(), undefined, { refreshSession })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('passes an abort on to the caller', async () => {
    const controller = new AbortController();
    answers((init) => new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
    const upload = uploadFile(pdf(), undefined, { signal: controller.signal });
    controller.abort();
    await expect(upload).rejects.toMatchObject({ name: 'AbortError' });
  });
});
