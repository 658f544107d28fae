import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { RunningServer } from '@api/core/bootstrap';
import { startTestApi, type TestApi } from '@api/testing/test-api';
import { MailSenderService } from './mail-sender.service';

interface Received {
  to: string[];
  raw: string;
}

/** With SMTP_URL set, queued e-mails leave over SMTP once, and are marked sent. */
describe('mail delivery over SMTP', () => {
  let api: TestApi;
  let server: RunningServer;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    api = await startTestApi({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    server = api.server;
  });

  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends a password-reset e-mail in the account language, exactly once', async () => {
    const gql = (query: string, variables: Record<string, unknown>) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    await gql('mutation ($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email: 'reader@smtp.test', password: 'a long enough password', fullName: 'Reader', locale: 'en' },
    });
    await gql('mutation ($e: String!) { requestPasswordReset(email: $e) }', { e: 'reader@smtp.test' });

    const sender = server.app.get(MailSenderService);
    expect(await sender.deliverPending()).toBe(1);
    expect(await sender.deliverPending()).toBe(0);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['reader@smtp.test']);
    expect(received[0]?.raw).toContain('Subject: Reset your Helix password');
    // Quoted-printable: soft line breaks and '=' as '=3D'.
    const body = (received[0]?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(body).toMatch(/http:\/\/localhost:\d+\/reset-password\?token=[\w-]{20,}/);
  });
});
