import { describe, expect, it } from 'vitest';
import { EMPTY_CHANNEL_FIELDS } from './empty-channel-fields.js';
import { validateChannelFields } from './validate-channel-fields.js';

// Values typed in other kinds' fields stay in the form when the kind changes; they must never be sent.
const TYPED = {
  ...EMPTY_CHANNEL_FIELDS,
  name: '  Desk alerts ',
  url: ' https://hooks.example.com/goldensignals ',
  botToken: '123456789:AAF1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v',
  chatId: '-1001234567890',
  webhookUrl: 'https://discord.com/api/webhooks/123/abc',
  to: 'trader@example.com',
};

describe('validateChannelFields', () => {
  it("makes each kind's body with only that kind's settings, trimmed", () => {
    expect(validateChannelFields({ ...TYPED, kind: 'webhook' })).toEqual({ channel: { kind: 'webhook', name: 'Desk alerts', config: { url: 'https://hooks.example.com/goldensignals' } } });
    expect(validateChannelFields({ ...TYPED, kind: 'telegram' })).toEqual({
      channel: { kind: 'telegram', name: 'Desk alerts', config: { botToken: '123456789:AAF1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v', chatId: '-1001234567890' } },
    });
    expect(validateChannelFields({ ...TYPED, kind: 'discord' })).toEqual({ channel: { kind: 'discord', name: 'Desk alerts', config: { webhookUrl: 'https://discord.com/api/webhooks/123/abc' } } });
    expect(validateChannelFields({ ...TYPED, kind: 'slack' })).toEqual({ channel: { kind: 'slack', name: 'Desk alerts', config: { webhookUrl: 'https://discord.com/api/webhooks/123/abc' } } });
    expect(validateChannelFields({ ...TYPED, kind: 'email' })).toEqual({ channel: { kind: 'email', name: 'Desk alerts', config: { to: 'trader@example.com' } } });
  });

  it('takes an http webhook, a Telegram @channel, and http Discord/Slack addresses on this machine only', () => {
    expect(validateChannelFields({ ...TYPED, kind: 'webhook', url: 'http://10.0.0.5:8080/hook' }).problems).toBeUndefined();
    expect(validateChannelFields({ ...TYPED, kind: 'telegram', chatId: '@gs_signals' }).problems).toBeUndefined();
    expect(validateChannelFields({ ...TYPED, kind: 'slack', webhookUrl: 'http://127.0.0.1:4010/services/T/B/X' }).problems).toBeUndefined();
    expect(validateChannelFields({ ...TYPED, kind: 'discord', webhookUrl: 'http://localhost:4010/api/webhooks/1/a' }).problems).toBeUndefined();
    expect(validateChannelFields({ ...TYPED, kind: 'discord', webhookUrl: 'http://discord.com/api/webhooks/1/a' }).problems).toEqual({ webhookUrl: 'an https:// address' });
  });

  it('names every wrong field of the chosen kind', () => {
    expect(validateChannelFields({ ...EMPTY_CHANNEL_FIELDS, kind: 'webhook', url: 'ftp://example.com/x' }).problems).toEqual({ name: 'required', url: 'an http:// or https:// address' });
    expect(validateChannelFields({ ...EMPTY_CHANNEL_FIELDS, kind: 'webhook' }).problems).toEqual({ name: 'required', url: 'required' });
    expect(validateChannelFields({ ...TYPED, kind: 'telegram', botToken: 'not-a-token', chatId: 'my chat' }).problems).toEqual({
      botToken: 'the token @BotFather gave, like 123456789:AAF1…',
      chatId: 'a number (negative for a group) or @channelname',
    });
    expect(validateChannelFields({ ...TYPED, kind: 'telegram', botToken: '', chatId: '' }).problems).toEqual({ botToken: 'required', chatId: 'required' });
    expect(validateChannelFields({ ...TYPED, kind: 'slack', webhookUrl: 'hooks.slack.com/services/x' }).problems).toEqual({ webhookUrl: 'an https:// address' });
    expect(validateChannelFields({ ...TYPED, kind: 'email', to: 'trader at example.com' }).problems).toEqual({ to: 'an e-mail address, like you@example.com' });
    expect(validateChannelFields({ ...TYPED, kind: 'email', name: 'x'.repeat(101) }).problems).toEqual({ name: 'at most 100 characters' });
    expect(validateChannelFields({ ...TYPED, kind: 'webhook', url: `https://example.com/${'a'.repeat(2040)}` }).problems).toEqual({ url: 'at most 2048 characters' });
  });
});
