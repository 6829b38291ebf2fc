import type { FieldProblems } from '../../forms/field-problems.js';
import type { ChannelFields } from './channel-fields.js';
import type { NewChannel } from './new-channel.js';

const MAX_NAME = 100;
const BOT_TOKEN = /^\d{1,20}:[A-Za-z0-9_-]{20,100}$/;
const CHAT_ID = /^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL = 254;
const MAX_URL = 2048;

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function webhookProblem(text: string): string | undefined {
  if (text === '') return 'required';
  if (text.length > MAX_URL) return `at most ${MAX_URL} characters`;
  const url = parsedUrl(text);
  return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') ? undefined : 'an http:// or https:// address';
}

// Discord and Slack only hand out https addresses; plain http is for a receiver on this machine (tests, a relay).
function incomingWebhookProblem(text: string): string | undefined {
  if (text === '') return 'required';
  if (text.length > MAX_URL) return `at most ${MAX_URL} characters`;
  const url = parsedUrl(text);
  if (url === null) return 'an https:// address';
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname)) ? undefined : 'an https:// address';
}

/** The `POST /channels` body of the form's fields (only the chosen kind's), or what is wrong with them, by field. */
export function validateChannelFields(fields: ChannelFields): { readonly channel: NewChannel; readonly problems?: undefined } | { readonly channel?: undefined; readonly problems: FieldProblems } {
  const problems: Record<string, string> = {};
  const name = fields.name.trim();
  if (name === '') problems.name = 'required';
  else if (name.length > MAX_NAME) problems.name = `at most ${MAX_NAME} characters`;
  const url = fields.url.trim();
  const botToken = fields.botToken.trim();
  const chatId = fields.chatId.trim();
  const webhookUrl = fields.webhookUrl.trim();
  const to = fields.to.trim();
  let channel: NewChannel;
  switch (fields.kind) {
    case 'webhook': {
      const problem = webhookProblem(url);
      if (problem !== undefined) problems.url = problem;
      channel = { kind: 'webhook', name, config: { url } };
      break;
    }
    case 'telegram':
      if (botToken === '') problems.botToken = 'required';
      else if (!BOT_TOKEN.test(botToken)) problems.botToken = 'the token @BotFather gave, like 123456789:AAF1…';
      if (chatId === '') problems.chatId = 'required';
      else if (!CHAT_ID.test(chatId)) problems.chatId = 'a number (negative for a group) or @channelname';
      channel = { kind: 'telegram', name, config: { botToken, chatId } };
      break;
    case 'discord':
    case 'slack': {
      const problem = incomingWebhookProblem(webhookUrl);
      if (problem !== undefined) problems.webhookUrl = problem;
      channel = { kind: fields.kind, name, config: { webhookUrl } };
      break;
    }
    case 'email':
      if (to === '') problems.to = 'required';
      else if (to.length > MAX_EMAIL || !EMAIL.test(to)) problems.to = 'an e-mail address, like you@example.com';
      channel = { kind: 'email', name, config: { to } };
      break;
  }
  return Object.keys(problems).length > 0 ? { problems } : { channel };
}
