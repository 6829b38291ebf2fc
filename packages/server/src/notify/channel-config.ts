import { AppError, type FieldProblem } from '../errors/app-error.js';
import type { ChannelKind } from '../storage/schema/notification-channels.js';

/** The config fields of each kind of channel. */
export const CHANNEL_CONFIG_FIELDS: Readonly<Record<ChannelKind, readonly string[]>> = {
  webhook: ['url'],
  telegram: ['botToken', 'chatId'],
  discord: ['webhookUrl'],
  slack: ['webhookUrl'],
  email: ['to'],
};

const MAX_URL_LENGTH = 2048;
const BOT_TOKEN = /^\d{1,20}:[A-Za-z0-9_-]{20,100}$/;
const CHAT_ID = /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/;
// Deliberately loose (one @, a dot in the domain, no spaces or brackets): the SMTP server is the real judge.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Why `value` is not an acceptable URL, or null. `httpsOnly`: plain http only to this machine (tests, local relays). */
function urlProblem(value: string, httpsOnly: boolean): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an http(s) URL such as https://example.com/hook';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `must be an http(s) URL, not ${url.protocol}`;
  if (httpsOnly && url.protocol === 'http:' && !isLoopback(url.hostname)) return 'must be an https URL (plain http only to localhost)';
  return null;
}

function valueProblem(kind: ChannelKind, field: string, value: string): string | null {
  if (value === '') return 'must not be empty';
  switch (field) {
    case 'url':
      return urlProblem(value, false);
    case 'webhookUrl':
      return urlProblem(value, true);
    case 'botToken':
      return BOT_TOKEN.test(value) ? null : 'must be a bot token as @BotFather gives it, like 123456789:AAH…';
    case 'chatId':
      return CHAT_ID.test(value) ? null : 'must be a chat id (an integer, e.g. -1001234567890) or a public channel name such as @mychannel';
    case 'to':
      return value.length <= 254 && EMAIL.test(value) ? null : 'must be an e-mail address such as trader@example.com';
    default:
      return `is not a field of a ${kind} channel`;
  }
}

/**
 * The config of a `kind` channel, checked and trimmed; throws a 400 naming every bad field (`body.config.url`) when
 * a field is missing, unknown, not a string or not a valid value.
 */
export function parseChannelConfig(kind: ChannelKind, config: Readonly<Record<string, unknown>>, prefix = 'body.config'): Record<string, string> {
  const fields = CHANNEL_CONFIG_FIELDS[kind];
  const problems: FieldProblem[] = [];
  for (const field of Object.keys(config)) {
    if (!fields.includes(field)) problems.push({ field: `${prefix}.${field}`, message: `is not a field of a ${kind} channel (it takes ${fields.join(', ')})` });
  }
  const parsed: Record<string, string> = {};
  for (const field of fields) {
    const raw = config[field];
    if (raw === undefined) {
      problems.push({ field: `${prefix}.${field}`, message: 'is required' });
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ field: `${prefix}.${field}`, message: 'must be a string' });
      continue;
    }
    const value = raw.trim();
    const problem = valueProblem(kind, field, value);
    if (problem === null) parsed[field] = value;
    else problems.push({ field: `${prefix}.${field}`, message: problem });
  }
  if (problems.length > 0) throw new AppError('GS_ERR_VALIDATION', `${kind} channel: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`, problems);
  return parsed;
}

/**
 * The config of an edit: as `parseChannelConfig`, except that a Telegram edit may leave out `botToken` to keep the
 * stored one (views show it redacted, so a form cannot send it back).
 */
export function parseChannelConfigChange(kind: ChannelKind, current: Readonly<Record<string, string>>, change: Readonly<Record<string, unknown>>, prefix = 'body.config'): Record<string, string> {
  const kept = kind === 'telegram' && change.botToken === undefined && current.botToken !== undefined ? { ...change, botToken: current.botToken } : change;
  return parseChannelConfig(kind, kept, prefix);
}

/** The last characters of a secret, after an ellipsis: enough to recognise it, not to use it. */
function redact(secret: string): string {
  return `…${secret.slice(-4)}`;
}

/** A config as views show it: the Telegram bot token redacted to its last 4 characters; URLs and addresses shown. */
export function redactChannelConfig(kind: ChannelKind, config: Readonly<Record<string, string>>): Record<string, string> {
  if (kind !== 'telegram' || config.botToken === undefined) return { ...config };
  return { ...config, botToken: redact(config.botToken) };
}
