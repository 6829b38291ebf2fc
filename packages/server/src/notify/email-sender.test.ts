import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultFrom, EmailSender } from './email-sender.js';
import type { NotificationMessage } from './notification-message.js';

const MESSAGE: NotificationMessage = {
  id: 'm1',
  eventType: 'alert.triggered',
  subject: 'BUY AAPL 72%',
  text: 'Close > upper band & rising <fast>',
  fields: [
    { name: 'Confidence', value: '72%' },
    { name: 'Note', value: '<script>alert(1)</script>' },
  ],
  url: 'https://gs.example/signals/1?a=1&b=2',
  action: 'BUY',
};

interface ReceivedMail {
  readonly envelope: { readonly from: string; readonly to: readonly string[] };
  readonly mail: ParsedMail;
}

/** A real SMTP server on a free loopback port: accepts anyone, refuses `bounce@` (550) and `busy@` (451). */
async function startSmtpServer(): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const refusal = address.address.startsWith('bounce@') ? 550 : address.address.startsWith('busy@') ? 451 : null;
      if (refusal === null) return callback();
      callback(Object.assign(new Error(refusal === 550 ? 'mailbox unavailable' : 'try again later'), { responseCode: refusal }));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push({ envelope: { from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address, to: session.envelope.rcptTo.map((rcpt) => rcpt.address) }, mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('EmailSender', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  let sender: EmailSender | undefined;
  afterEach(async () => {
    sender?.close();
    await smtp?.close();
    smtp = undefined;
  });

  it('sends a mail with the subject, a text part and an HTML part with every value escaped', async () => {
    smtp = await startSmtpServer();
    sender = new EmailSender({ smtpUrl: smtp.url, from: 'GoldenSignals Alerts <alerts@gs.example>' });
    await sender.send({ to: 'ada@example.com' }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(smtp.mails).toHaveLength(1);
    const [{ envelope, mail }] = smtp.mails;
    expect(envelope).toEqual({ from: 'alerts@gs.example', to: ['ada@example.com'] });
    expect(mail.subject).toBe('BUY AAPL 72%');
    expect(mail.from?.value).toEqual([{ name: 'GoldenSignals Alerts', address: 'alerts@gs.example' }]);
    expect(mail.headers.get('x-goldensignals-event')).toBe('alert.triggered');
    expect(mail.text).toContain('BUY AAPL 72%\n\nClose > upper band & rising <fast>\n\nConfidence: 72%\nNote: <script>alert(1)</script>\n\nOpen in GoldenSignals: https://gs.example/signals/1?a=1&b=2');
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect(html).toContain('>🟢 BUY AAPL 72%</h2>');
    expect(html).toContain('Close &gt; upper band &amp; rising &lt;fast&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://gs.example/signals/1?a=1&amp;b=2">Open in GoldenSignals</a>');
  });

  it('sends from goldensignals@<SMTP host> when no From is configured', async () => {
    smtp = await startSmtpServer();
    sender = new EmailSender({ smtpUrl: smtp.url });
    await sender.send({ to: 'ada@example.com' }, null, MESSAGE, AbortSignal.timeout(5000));
    expect(smtp.mails[0].mail.from?.value).toEqual([{ name: 'GoldenSignals', address: 'goldensignals@127.0.0.1' }]);
    expect(defaultFrom('smtps://alerts%40gs.example:pw@smtp.gs.example:465')).toBe('GoldenSignals <alerts@gs.example>');
  });

  it('fails for good when the server refuses the address for good, retryably when it says try later', async () => {
    smtp = await startSmtpServer();
    sender = new EmailSender({ smtpUrl: smtp.url });
    await expect(sender.send({ to: 'bounce@example.com' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({ retryable: false, message: expect.stringMatching(/^SMTP: .*550/) });
    await expect(sender.send({ to: 'busy@example.com' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/^SMTP: .*451/) });
    expect(smtp.mails).toEqual([]);
  });

  it('fails for good, saying so, while no SMTP server is configured', async () => {
    sender = new EmailSender({ smtpUrl: null });
    await expect(sender.send({ to: 'ada@example.com' }, null, MESSAGE, AbortSignal.timeout(5000))).rejects.toMatchObject({
      retryable: false,
      message: 'e-mail is not set up on this server: an administrator must set SMTP_URL',
    });
  });
});
