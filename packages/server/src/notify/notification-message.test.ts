import { describe, expect, it } from 'vitest';
import { notificationMessageFrom, testMessage, type NotificationMessage } from './notification-message.js';

describe('notification messages', () => {
  it('makes a test message with a fresh id and the time it was sent', () => {
    const at = new Date('2026-03-02T10:00:00.000Z');
    const message = testMessage(at);
    expect(message).toMatchObject({ eventType: 'test', subject: 'Test message', fields: [{ name: 'Sent at', value: '2026-03-02T10:00:00.000Z' }] });
    expect(message.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(testMessage(at).id).not.toBe(message.id);
  });

  it('reads a stored message back as it was, and nothing that is not one', () => {
    const message: NotificationMessage = {
      id: 'm1',
      eventType: 'alert.triggered',
      subject: 'BUY AAPL 72%',
      text: 'Consensus BUY.',
      fields: [{ name: 'Confidence', value: '72%' }],
      url: 'https://gs.example/signals/1',
      action: 'BUY',
    };
    expect(notificationMessageFrom(JSON.parse(JSON.stringify(message)))).toEqual(message);
    expect(notificationMessageFrom({ ...message, url: undefined, action: undefined })).toEqual({ id: 'm1', eventType: 'alert.triggered', subject: 'BUY AAPL 72%', text: 'Consensus BUY.', fields: [{ name: 'Confidence', value: '72%' }] });
    expect(notificationMessageFrom({ ...message, action: 'SHORT' })).toBeNull();
    expect(notificationMessageFrom({ ...message, fields: [{ name: 'x', value: 1 }] })).toBeNull();
    expect(notificationMessageFrom({ subject: 'x' })).toBeNull();
    expect(notificationMessageFrom('text')).toBeNull();
  });
});
