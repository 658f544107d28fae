import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { ClsService } from 'nestjs-cls';
import { Client } from 'pg';
import { ADMIN, ADMIN_ENV, createOrganisation, invite, type Session, signIn, signUp } from '@tests/support/accounts';
import type { AppConfig } from '@api/core/config/config';
import { APP_CONFIG } from '@api/core/config/config.module';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { inTransaction } from '@api/core/database/request-transaction';
import { AppError } from '@api/core/graphql/app-error';
import { LoaderRegistry } from '@api/core/graphql/loader-registry';
import { startTestApi, type TestApi } from '@api/testing/test-api';
import { FilesService } from './files.service';

const MAX_BYTES = 1024;

// ---------------------------------------------------------------------------------------------
// Samples, made here: a PDF, a DOCX (a real deflated ZIP), a PNG, a CSV and a Windows executable.

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const CSV = Buffer.from('tên,số tiền,tỉnh\nCông ty An Bình,1000000,Bình Dương\nTrường ĐH Thủ Dầu Một,250000,Bình Dương\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]), Buffer.from('This program cannot be run in DOS mode.\r\n')]);

/** A ZIP of deflated entries, as Word writes them. */
function zip(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const raw = Buffer.from(content);
    const packed = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(crc32(raw), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    const local = Buffer.concat([header, nameBytes, packed]);
    locals.push(local);
    centrals.push(Buffer.concat([central, nameBytes]));
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const DOCX = zip([
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ],
  ['_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'],
  ['word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Xin chào</w:t></w:r></w:p></w:body></w:document>'],
]);

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

interface UploadAnswer {
  status: number;
  headers: Headers;
  body: { id?: string; name?: string; contentType?: string; size?: number; sha256?: string; url?: string; createdAt?: string; code?: string; message?: string; field?: string };
}

describe('files: upload and download', () => {
  let api: TestApi;
  let url: string;
  let sql: Client;
  let storageRoot: string;
  let owner: Session;
  let viewer: Session;
  let outsider: Session;
  let organisationId: string;
  let otherOrganisationId: string;

  const upload = async (data: Buffer, name: string, session?: Session, headers: Record<string, string> = {}, field = 'file'): Promise<UploadAnswer> => {
    const form = new FormData();
    form.append(field, new Blob([data]), name);
    const response = await fetch(`${url}/api/files`, {
      method: 'POST',
      body: form,
      headers: { 'accept-language': 'en', 'x-requested-with': 'XMLHttpRequest', ...(session ? { authorization: `Bearer ${session.token}` } : {}), ...headers },
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as UploadAnswer['body'] };
  };

  const download = (id: string, session?: Session, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/files/${id}`, { headers: { 'accept-language': 'en', ...(session ? { authorization: `Bearer ${session.token}` } : {}), ...headers } });

  /** Every stored file under the storage folder. */
  const storedFiles = (): string[] =>
    existsSync(storageRoot) ? readdirSync(storageRoot, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(storageRoot, path)).isFile()) : [];
  const rowCount = async () => Number(((await sql.query('SELECT count(*) AS n FROM files')).rows[0] as { n: string }).n);

  beforeAll(async () => {
    api = await startTestApi({ ...ADMIN_ENV, HELIX_FILE_MAX_BYTES: String(MAX_BYTES) });
    url = api.server.url;
    storageRoot = api.server.app.get<AppConfig>(APP_CONFIG).files.directory;
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
    const admin = await signIn(url, ADMIN.email, ADMIN.password);
    owner = await signUp(url, 'Owner', 'en');
    organisationId = (await createOrganisation(owner, 'STATE', admin)).id;
    const viewerAccount = await signUp(url, 'Viewer', 'en');
    const token = await invite(owner, admin, organisationId, viewerAccount.email, 'VIEWER');
    const accepted = await viewerAccount.gql('mutation ($t: String!) { acceptInvitation(token: $t) { role } }', { t: token });
    if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
    viewer = viewerAccount;
    outsider = await signUp(url, 'Outsider', 'en');
    otherOrganisationId = (await createOrganisation(outsider, 'ENTERPRISE')).id;
  });

  afterAll(async () => {
    await sql?.end();
    await api?.close();
  });

  describe('upload', () => {
    it.each([
      ['PDF', PDF, 'Báo cáo quý 3.pdf', 'application/pdf', 'Báo cáo quý 3.pdf'],
      ['DOCX', DOCX, 'Kế hoạch.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Kế hoạch.docx'],
      ['PNG', PNG, 'sơ đồ.PNG', 'image/png', 'sơ đồ.png'],
      ['CSV', CSV, 'danh sách.csv', 'text/csv', 'danh sách.csv'],
    ])('accepts a %s with the type from its bytes and its SHA-256, and stores it', async (_, data, name, contentType, storedName) => {
      const answer = await upload(data, name, owner);
      expect(answer.status).toBe(201);
      const { body } = answer;
      expect(body).toEqual({ id: expect.any(String), name: storedName, contentType, size: data.length, sha256: sha256(data), url: `/api/files/${body.id}`, createdAt: expect.any(String) });
      expect(Number.isNaN(Date.parse(body.createdAt ?? ''))).toBe(false);
      const { rows } = await sql.query('SELECT organisation_id, uploaded_by, storage_key, size_bytes FROM files WHERE id = $1', [body.id]);
      expect(rows).toEqual([{ organisation_id: organisationId, uploaded_by: owner.userId, storage_key: expect.stringMatching(/^[0-9a-f-]{36}$/), size_bytes: String(data.length) }]);
      const key = (rows[0] as { storage_key: string }).storage_key;
      // The bytes sit under the random key, sharded, never under the client's name.
      expect(readFileSync(join(storageRoot, key.slice(0, 2), key.slice(2, 4), key))).toEqual(data);
    });

    it('names the file after the bytes, not the claimed extension', async () => {
      const answer = await upload(PDF, 'invoice.docx', owner);
      expect(answer.body).toMatchObject({ name: 'invoice.pdf', contentType: 'application/pdf' });
    });

    it('refuses an executable renamed report.pdf, and stores nothing', async () => {
      const [rows, files] = [await rowCount(), storedFiles().length];
      const answer = await upload(EXE, 'report.pdf', owner);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'file',
        message: 'This type of file is not accepted. Upload a PDF, Word, Excel, PowerPoint or OpenDocument file, an image (PNG, JPEG, WebP, GIF) or a UTF-8 CSV file.',
      });
      expect(await rowCount()).toBe(rows);
      expect(storedFiles()).toHaveLength(files);
    });

    it('refuses HTML and SVG whatever they are called', async () => {
      expect((await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'page.csv', owner)).body.code).toBe('BAD_USER_INPUT');
      expect((await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'logo.png', owner)).status).toBe(400);
    });

    it('refuses a file over the configured limit with 413, leaving nothing in the table or on disk', async () => {
      const [rows, files] = [await rowCount(), storedFiles().length];
      const tooBig = Buffer.from(`a,b\n${'1,2\n'.repeat(MAX_BYTES / 4)}`);
      expect(tooBig.length).toBeGreaterThan(MAX_BYTES);
      const answer = await upload(tooBig, 'big.csv', owner);
      expect(answer.status).toBe(413);
      expect(answer.body).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'The file may be at most 0.00098 MB.' });
      // Exactly at the limit is fine.
      const atLimit = Buffer.concat([Buffer.from('a,b\n'), Buffer.from('1,2\n'.repeat((MAX_BYTES - 4) / 4))]);
      expect(atLimit.length).toBe(MAX_BYTES);
      expect((await upload(atLimit, 'limit.csv', owner)).status).toBe(201);
      expect(await rowCount()).toBe(rows + 1);
      expect(storedFiles()).toHaveLength(files + 1);
    });

    it('refuses a body declared far over the limit before reading it, and closes the connection', async () => {
      const answer = await upload(Buffer.alloc(1024 * 1024, 0x41), 'huge.csv', owner);
      expect(answer.status).toBe(413);
      expect(answer.headers.get('connection')).toBe('close');
      expect(answer.body).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'The file may be at most 0.00098 MB.' });
    });

    it('refuses an empty file, a missing part and a malformed body', async () => {
      expect((await upload(Buffer.alloc(0), 'empty.pdf', owner)).body).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'This field is required.' });
      expect((await upload(PDF, 'a.pdf', owner, {}, 'document')).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringContaining('"file" field') });
      const malformed = await fetch(`${url}/api/files`, {
        method: 'POST',
        body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-',
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-requested-with': 'XMLHttpRequest', authorization: `Bearer ${owner.token}` },
      });
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    });

    it('refuses a POST without X-Requested-With (cross-site form posts cannot add it)', async () => {
      const answer = await upload(PDF, 'a.pdf', owner, { 'x-requested-with': '' });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ code: 'BAD_USER_INPUT', message: 'The request lacks the X-Requested-With header (protection against forged requests).' });
    });

    it('refuses anonymous callers and forged tokens with 401', async () => {
      expect(await upload(PDF, 'a.pdf')).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', message: 'You need to sign in to do this.' } });
      const forged = await upload(PDF, 'a.pdf', undefined, { authorization: 'Bearer not.a.token' });
      expect(forged).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    });

    it('refuses a VIEWER, and a user without an organisation, with 403', async () => {
      expect(await upload(PDF, 'a.pdf', viewer)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', message: 'Your role in the organisation does not allow this.' } });
      const loner = await signUp(url, 'Loner', 'en');
      expect(await upload(PDF, 'a.pdf', loner)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', message: 'Only members of the organisation can do this.' } });
    });

    it('acts for the organisation in X-Organisation-Id, which must be one of the caller’s', async () => {
      expect(await upload(PDF, 'a.pdf', owner, { 'x-organisation-id': otherOrganisationId })).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      const answer = await upload(PDF, 'b.pdf', outsider, { 'x-organisation-id': otherOrganisationId });
      expect(answer.status).toBe(201);
      const { rows } = await sql.query('SELECT organisation_id FROM files WHERE id = $1', [answer.body.id]);
      expect(rows).toEqual([{ organisation_id: otherOrganisationId }]);
    });

    it('answers in Vietnamese by default', async () => {
      const answer = await upload(EXE, 'setup.exe', owner, { 'accept-language': 'vi' });
      expect(answer.body.message).toBe('Loại tệp không được chấp nhận. Chỉ nhận PDF, Word, Excel, PowerPoint, OpenDocument, ảnh (PNG, JPEG, WebP, GIF) hoặc CSV mã hoá UTF-8.');
    });

    it('removes the stored bytes when the row cannot be written', async () => {
      const files = storedFiles().length;
      await sql.query(`ALTER TABLE files ADD CONSTRAINT test_refuse_name CHECK (original_name <> 'refuse-me.pdf')`);
      // TypeORM prints the failed query; it is the point of this test.
      jest.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        const answer = await upload(PDF, 'refuse-me.pdf', owner);
        expect(answer.status).toBe(500);
        expect(answer.body).toEqual({ code: 'INTERNAL', message: 'Something went wrong on the server. Please try again later.' });
      } finally {
        await sql.query('ALTER TABLE files DROP CONSTRAINT test_refuse_name');
        jest.restoreAllMocks();
      }
      expect(storedFiles()).toHaveLength(files);
    });
  });

  describe('download', () => {
    let pdfId: string;

    beforeAll(async () => {
      const answer = await upload(PDF, 'Báo cáo "cuối" năm.pdf', owner);
      pdfId = answer.body.id as string;
    });

    it('gives the uploading organisation’s members the identical bytes, as an attachment that is never sniffed', async () => {
      for (const member of [owner, viewer]) {
        const response = await download(pdfId, member);
        expect(response.status).toBe(200);
        expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
        expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'cache-control', 'etag'].map((name) => [name, response.headers.get(name)]))).toEqual({
          'content-type': 'application/pdf',
          'content-length': String(PDF.length),
          'content-disposition': `attachment; filename="Bao cao _cuoi_ nam.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20_cu%E1%BB%91i_%20n%C4%83m.pdf`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, max-age=0, must-revalidate',
          etag: `"${sha256(PDF)}"`,
        });
      }
    });

    it('serves CSV as UTF-8 text', async () => {
      const id = (await upload(CSV, 'data.csv', owner)).body.id as string;
      const response = await download(id, owner);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(CSV);
    });

    it('answers another organisation and anonymous visitors 404, exactly as for an id that does not exist', async () => {
      const missing = await download(randomUUID(), owner);
      expect(missing.status).toBe(404);
      const expected = await missing.json();
      expect(expected).toEqual({ code: 'NOT_FOUND', message: 'The requested file was not found.' });
      for (const response of [await download(pdfId, outsider), await download(pdfId)]) {
        expect(response.status).toBe(404);
        expect(response.headers.get('etag')).toBe(missing.headers.get('etag'));
        expect(await response.json()).toEqual(expected);
      }
    });

    it('refuses a malformed id with 400', async () => {
      const response = await download('not-a-uuid', owner);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', field: 'id', message: 'The identifier is not valid.' });
    });

    it('answers 304 to a matching If-None-Match, and the bytes to a stale one', async () => {
      const tag = `"${sha256(PDF)}"`;
      for (const header of [tag, `W/${tag}`, `"other", ${tag}`, '*']) {
        const response = await download(pdfId, owner, { 'if-none-match': header });
        expect(response.status).toBe(304);
        expect(response.headers.get('etag')).toBe(tag);
        expect((await response.arrayBuffer()).byteLength).toBe(0);
      }
      expect((await download(pdfId, owner, { 'if-none-match': '"stale"' })).status).toBe(200);
      // Visibility first: a hidden file is 404 even with its tag.
      expect((await download(pdfId, outsider, { 'if-none-match': tag })).status).toBe(404);
    });
  });

  describe('FilesService for features that attach files', () => {
    let ownFiles: string[];
    let foreignFile: string;

    beforeAll(async () => {
      ownFiles = [(await upload(PDF, 'a.pdf', owner)).body.id as string, (await upload(PNG, 'b.png', owner)).body.id as string];
      foreignFile = (await upload(CSV, 'c.csv', outsider)).body.id as string;
    });

    /** Runs `work` as a request of `userId` acting for `organisationId`, as a resolver would. */
    const asRequest = <T>(userId: string, organisationId: string, work: (files: FilesService) => Promise<T>): Promise<T> => {
      const cls = api.server.app.get<ClsService<RequestStore>>(ClsService);
      const db = api.server.app.get(DatabaseService);
      return cls.run(async () => {
        const transaction = db.newRequestTransaction({ userId, organisationId });
        cls.set('transaction', transaction);
        cls.set('loaders', new LoaderRegistry());
        return inTransaction(transaction, () => work(api.server.app.get(FilesService)));
      });
    };

    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      const { code, messageKey, field, params } = error as AppError;
      return { code, messageKey, field, params };
    };

    it('accepts the organisation’s own files, once each, in the order given', async () => {
      const [first, second] = ownFiles as [string, string];
      const files = await asRequest(owner.userId, organisationId, (service) => service.requireAttachable([second, first, second.toUpperCase()], organisationId, 'input.attachments'));
      expect(files.map((file) => [file.id, file.url])).toEqual([
        [second, `/api/files/${second}`],
        [first, `/api/files/${first}`],
      ]);
      expect(files[0]).toMatchObject({ contentType: 'image/png', size: PNG.length, sha256: sha256(PNG), name: 'b.png' });
    });

    it('refuses another organisation’s file, an unknown id, a malformed id and more than 20', async () => {
      const check = (ids: string[]) => asRequest(owner.userId, organisationId, (service) => service.requireAttachable(ids, organisationId, 'input.attachments'));
      expect(await refusal(check([ownFiles[0] as string, foreignFile]))).toEqual({ code: 'BAD_USER_INPUT', messageKey: 'FILE_NOT_FOUND', field: 'input.attachments', params: {} });
      expect(await refusal(check([randomUUID()]))).toMatchObject({ messageKey: 'FILE_NOT_FOUND' });
      expect(await refusal(check(['nope']))).toMatchObject({ messageKey: 'INVALID_ID', field: 'input.attachments' });
      expect(await refusal(check(Array.from({ length: 21 }, () => randomUUID())))).toMatchObject({ messageKey: 'TOO_MANY_ITEMS', params: { max: 20 } });
      // A file the caller can see (their own organisation's) still cannot be attached to another organisation's object.
      expect(await refusal(asRequest(owner.userId, organisationId, (service) => service.requireAttachable([ownFiles[0] as string], otherOrganisationId, 'fileIds')))).toMatchObject({
        messageKey: 'FILE_NOT_FOUND',
        field: 'fileIds',
      });
    });

    it('loads visible files in one batch and leaves hidden or missing ones out', async () => {
      const files = await asRequest(owner.userId, organisationId, (service) => service.loadMany([ownFiles[0] as string, foreignFile, randomUUID(), 'nope', ownFiles[1] as string]));
      expect(files.map((file) => file.id)).toEqual(ownFiles);
      expect(await asRequest(owner.userId, organisationId, (service) => service.load(foreignFile))).toBeNull();
      expect(await refusal(asRequest(owner.userId, organisationId, (service) => service.findById(foreignFile)))).toMatchObject({ code: 'NOT_FOUND', params: { entity: 'file' } });
    });
  });

  describe('other HTTP routes under the REST transaction interceptor', () => {
    it('still answers /health', async () => {
      const response = await fetch(`${url}/health`);
      expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
    });

    it('still serves a logo written through GraphQL', async () => {
      const image = `data:image/png;base64,${PNG.toString('base64')}`;
      const set = await owner.gql('mutation ($id: ID!, $image: String!) { setOrganisationLogo(id: $id, image: $image) { id } }', { id: organisationId, image });
      expect(set.errors).toBeUndefined();
      const logo = await fetch(`${url}/api/organisations/${organisationId}/logo`);
      expect(logo.status).toBe(200);
      expect(Buffer.from(await logo.arrayBuffer())).toEqual(PNG);
      expect((await fetch(`${url}/api/organisations/${otherOrganisationId}/logo`)).status).toBe(404);
    });
  });
});
