import { createTransport } from 'nodemailer';
import type { ChannelSender } from './channel-sender.js';
import { DeliveryError } from './delivery-error.js';
import type { NotificationMessage } from './notification-message.js';
import { actionMark, escapeHtml } from './message-text.js';

/** Options of the {@link EmailSender}: the server's SMTP settings (`SMTP_URL`, `SMTP_FROM`). */
export interface EmailSenderOptions {
  /** `smtp://user:pass@host:587` or `smtps://…:465`; null: e-mail is not set up and every send fails saying so. */
  readonly smtpUrl: string | null;
  /** The From address; default the SMTP user when it is an address, else `goldensignals@<SMTP host>`. */
  readonly from?: string | null;
}

const ACTION_COLORS: Record<string, string> = { BUY: '#2e7d32', SELL: '#c62828', HOLD: '#757575' };

/** The plain-text body. */
export function emailText(message: NotificationMessage): string {
  const lines = [message.subject, '', message.text];
  if (message.fields.length > 0) lines.push('', ...message.fields.map((field) => `${field.name}: ${field.value}`));
  if (message.url !== undefined) lines.push('', `Open in GoldenSignals: ${message.url}`);
  lines.push('', '-- ', 'Sent by GoldenSignals. Change where notifications go under Settings, Notification channels.');
  return lines.join('\n');
}

/** The HTML body: the same content, every value escaped. */
export function emailHtml(message: NotificationMessage): string {
  const color = ACTION_COLORS[message.action ?? ''] ?? '#424242';
  const rows = message.fields
    .map((field) => `<tr><th align="left" style="padding:4px 12px 4px 0;color:#616161;font-weight:600">${escapeHtml(field.name)}</th><td style="padding:4px 0">${escapeHtml(field.value)}</td></tr>`)
    .join('');
  return [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;color:#212121">',
    `<h2 style="margin:0 0 12px;color:${color}">${escapeHtml(`${actionMark(message.action)}${message.subject}`)}</h2>`,
    `<p style="margin:0 0 12px;white-space:pre-line">${escapeHtml(message.text)}</p>`,
    rows === '' ? '' : `<table style="border-collapse:collapse;margin:0 0 12px">${rows}</table>`,
    message.url === undefined ? '' : `<p><a href="${escapeHtml(message.url)}">Open in GoldenSignals</a></p>`,
    '<p style="color:#9e9e9e;font-size:12px">Sent by GoldenSignals. Change where notifications go under Settings, Notification channels.</p>',
    '</body></html>',
  ].join('');
}

/** The From address when none is configured. */
export function defaultFrom(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const user = decodeURIComponent(url.username);
  return user.includes('@') ? `GoldenSignals <${user}>` : `GoldenSignals <goldensignals@${url.hostname}>`;
}

interface SmtpFailure {
  readonly code?: string;
  readonly responseCode?: number;
}

/** Permanent SMTP answers (5xx) and refused logins need a config fix; everything else (4xx, network) may pass. */
function isRetryable(error: SmtpFailure): boolean {
  if (error.code === 'EAUTH') return false;
  if (error.responseCode !== undefined) return error.responseCode < 500;
  // A refused envelope or message without an SMTP answer is ours to fix; connection trouble passes.
  return error.code !== 'EENVELOPE' && error.code !== 'EMESSAGE';
}

/** Sends messages as e-mail (text and HTML alternatives) through the server's SMTP relay. */
export class EmailSender implements ChannelSender {
  private readonly transport;
  private readonly from: string | null;

  constructor(options: EmailSenderOptions) {
    // Short connection timeouts: the notifier's own timeout bounds a send anyway, and a dead relay should fail fast.
    this.transport = options.smtpUrl === null ? null : createTransport({ url: options.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    this.from = options.smtpUrl === null ? null : (options.from ?? defaultFrom(options.smtpUrl));
  }

  async send(config: Readonly<Record<string, string>>, _secret: string | null, message: NotificationMessage, signal: AbortSignal): Promise<void> {
    if (this.transport === null || this.from === null) throw new DeliveryError('e-mail is not set up on this server: an administrator must set SMTP_URL', false);
    try {
      await this.transport.sendMail({
        from: this.from,
        to: config.to,
        subject: message.subject,
        text: emailText(message),
        html: emailHtml(message),
        headers: { 'X-GoldenSignals-Event': message.eventType, 'X-GoldenSignals-Message-Id': message.id },
        signal,
      });
    } catch (error) {
      const failure = (typeof error === 'object' && error !== null ? error : {}) as SmtpFailure;
      throw new DeliveryError(`SMTP: ${error instanceof Error ? error.message : String(error)}`, isRetryable(failure), { cause: error });
    }
  }

  /** Closes the SMTP transport's connections. */
  close(): void {
    this.transport?.close();
  }
}
