import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import type { ChannelKind } from '../storage/schema/notification-channels.js';
import { parseChannelConfig, parseChannelConfigChange, redactChannelConfig } from './channel-config.js';

const TOKEN = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

function problemsOf(kind: ChannelKind, config: Record<string, unknown>): { field: string; message: string }[] {
  try {
    parseChannelConfig(kind, config);
  } catch (error) {
    if (error instanceof AppError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('channel config', () => {
  it('takes each kind’s fields, trimmed', () => {
    expect(parseChannelConfig('webhook', { url: ' https://example.com/hook ' })).toEqual({ url: 'https://example.com/hook' });
    expect(parseChannelConfig('webhook', { url: 'http://10.0.0.5:8080/in' })).toEqual({ url: 'http://10.0.0.5:8080/in' });
    expect(parseChannelConfig('telegram', { botToken: TOKEN, chatId: '-1001234567890' })).toEqual({ botToken: TOKEN, chatId: '-1001234567890' });
    expect(parseChannelConfig('telegram', { botToken: TOKEN, chatId: '@gs_signals' }).chatId).toBe('@gs_signals');
    expect(parseChannelConfig('discord', { webhookUrl: 'https://discord.com/api/webhooks/1/abc' })).toEqual({ webhookUrl: 'https://discord.com/api/webhooks/1/abc' });
    expect(parseChannelConfig('slack', { webhookUrl: 'http://127.0.0.1:9000/slack' })).toEqual({ webhookUrl: 'http://127.0.0.1:9000/slack' });
    expect(parseChannelConfig('email', { to: 'ada@example.com' })).toEqual({ to: 'ada@example.com' });
  });

  it('names every bad field with what is wrong', () => {
    expect(problemsOf('webhook', {})).toEqual([{ field: 'body.config.url', message: 'is required' }]);
    expect(problemsOf('webhook', { url: 'ftp://example.com/x' })).toEqual([{ field: 'body.config.url', message: 'must be an http(s) URL, not ftp:' }]);
    expect(problemsOf('webhook', { url: 'not a url' })).toEqual([{ field: 'body.config.url', message: 'must be an http(s) URL such as https://example.com/hook' }]);
    expect(problemsOf('webhook', { url: 'https://example.com', to: 'x' })).toEqual([{ field: 'body.config.to', message: 'is not a field of a webhook channel (it takes url)' }]);
    expect(problemsOf('discord', { webhookUrl: 'http://discord.com/api/webhooks/1/abc' })).toEqual([{ field: 'body.config.webhookUrl', message: 'must be an https URL (plain http only to localhost)' }]);
    expect(problemsOf('telegram', { botToken: 'nope', chatId: 'my chat' })).toEqual([
      { field: 'body.config.botToken', message: 'must be a bot token as @BotFather gives it, like 123456789:AAH…' },
      { field: 'body.config.chatId', message: 'must be a chat id (an integer, e.g. -1001234567890) or a public channel name such as @mychannel' },
    ]);
    expect(problemsOf('telegram', { botToken: TOKEN, chatId: 12 })).toEqual([{ field: 'body.config.chatId', message: 'must be a string' }]);
    expect(problemsOf('email', { to: 'ada at example.com' })).toEqual([{ field: 'body.config.to', message: 'must be an e-mail address such as trader@example.com' }]);
    expect(problemsOf('email', { to: '  ' })).toEqual([{ field: 'body.config.to', message: 'must not be empty' }]);
  });

  it('keeps the stored Telegram bot token when an edit leaves it out, and only then', () => {
    const current = { botToken: TOKEN, chatId: '42' };
    expect(parseChannelConfigChange('telegram', current, { chatId: '@gs_signals' })).toEqual({ botToken: TOKEN, chatId: '@gs_signals' });
    expect(() => parseChannelConfigChange('telegram', current, { botToken: '…saw', chatId: '42' })).toThrow(AppError);
    expect(() => parseChannelConfigChange('webhook', { url: 'https://a.example' }, {})).toThrow('body.config.url is required');
  });

  it('shows the Telegram bot token as its last four characters and everything else as it is', () => {
    expect(redactChannelConfig('telegram', { botToken: TOKEN, chatId: '42' })).toEqual({ botToken: '…Dsaw', chatId: '42' });
    expect(redactChannelConfig('discord', { webhookUrl: 'https://discord.com/api/webhooks/1/abc' })).toEqual({ webhookUrl: 'https://discord.com/api/webhooks/1/abc' });
    expect(redactChannelConfig('email', { to: 'ada@example.com' })).toEqual({ to: 'ada@example.com' });
  });
});
