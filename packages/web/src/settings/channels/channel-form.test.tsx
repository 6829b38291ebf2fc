// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { ChannelForm } from './channel-form.js';
import type { CreatedChannel } from './created-channel.js';
import type { NewChannel } from './new-channel.js';

const SECRET = 'whsec_3q2-7wFjC9m1hZr0UuQ8yKx5VbN4sLp6TtAeGdIoYc0';

function answerFor(input: NewChannel): CreatedChannel {
  const channel = {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', kind: input.kind, name: input.name, enabled: true, config: { ...input.config },
    createdAt: '2026-05-04T15:00:00.000Z', updatedAt: '2026-05-04T15:00:00.000Z', lastDelivery: null,
  };
  return input.kind === 'webhook' ? { ...channel, secret: SECRET } : channel;
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function describedText(label: string): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== '');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function textboxes(): string[] {
  return within(screen.getByRole('form', { name: 'Add a notification channel' }))
    .getAllByRole('textbox')
    .map((box) => box.closest('.MuiFormControl-root')?.querySelector('label')?.textContent ?? '');
}

afterEach(cleanup);

describe('ChannelForm', () => {
  it("asks for each kind's own settings", () => {
    render(<ChannelForm onCreate={async (input) => answerFor(input)} />);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Webhook', 'Telegram', 'Discord', 'Slack', 'E-mail']);
    expect(textboxes()).toEqual(['Channel name', 'Endpoint URL']);
    expect(screen.getByText(/X-GoldenSignals-Signature/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'telegram' } });
    expect(textboxes()).toEqual(['Channel name', 'Bot token', 'Chat id']);
    expect(describedText('Bot token')).toContain('@BotFather');
    expect(describedText('Chat id')).toContain('getUpdates');
    expect(screen.queryByText(/X-GoldenSignals-Signature/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'discord' } });
    expect(textboxes()).toEqual(['Channel name', 'Webhook URL']);
    expect(describedText('Webhook URL')).toContain('Integrations → Webhooks');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'slack' } });
    expect(describedText('Webhook URL')).toContain('Incoming Webhooks');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'email' } });
    expect(textboxes()).toEqual(['Channel name', 'E-mail address']);
  });

  it('adds a webhook and shows its signing secret once, with a copy button and how to verify it', async () => {
    const sent: NewChannel[] = [];
    render(<ChannelForm onCreate={async (input) => (sent.push(input), answerFor(input))} />);
    type('Channel name', ' Desk bot ');
    type('Endpoint URL', 'https://hooks.example.com/gs');
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));

    const notice = await screen.findByRole('status', { name: 'Webhook signing secret' });
    expect(sent).toEqual([{ kind: 'webhook', name: 'Desk bot', config: { url: 'https://hooks.example.com/gs' } }]);
    expect((screen.getByLabelText('Signing secret') as HTMLInputElement).value).toBe(SECRET);
    expect(notice.textContent).toContain('Copy it now: it is not shown again');
    expect(notice.textContent).toContain('HMAC-SHA256 of <t>.<raw body>');
    expect(within(notice).getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(document.body.textContent).not.toContain(SECRET);
    expect((screen.getByLabelText('Channel name') as HTMLInputElement).value).toBe('');
  });

  it("sends a Telegram channel with only Telegram's settings, and says it was added", async () => {
    const sent: NewChannel[] = [];
    render(<ChannelForm onCreate={async (input) => (sent.push(input), answerFor(input))} />);
    type('Endpoint URL', 'https://left-over.example.com');
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'telegram' } });
    type('Channel name', 'Phone');
    type('Bot token', '123456789:AAF1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v');
    type('Chat id', '@gs_signals');
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));

    expect((await screen.findByRole('status')).textContent).toBe('Channel “Phone” added. Send it a test to check it works.');
    expect(sent).toEqual([{ kind: 'telegram', name: 'Phone', config: { botToken: '123456789:AAF1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1v', chatId: '@gs_signals' } }]);
    expect((screen.getByLabelText('Kind') as HTMLSelectElement).value).toBe('telegram');
    expect(screen.queryByLabelText('Signing secret')).toBeNull();
  });

  it('sends nothing while a field is wrong, and shows the API refusals at their fields or in an alert', async () => {
    const sent: NewChannel[] = [];
    const refusals = [
      new ApiError(400, 'GS_ERR_VALIDATION', 'body.config.to is not an address the server can send to', [{ field: 'body.config.to', message: 'is not an address the server can send to' }]),
      new ApiError(429, 'GS_ERR_RATE_LIMITED', 'too many requests, try again in 30 s'),
    ];
    render(
      <ChannelForm
        onCreate={async (input) => {
          sent.push(input);
          throw refusals.shift();
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'email' } });
    type('E-mail address', 'trader at example');
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect(sent).toEqual([]);
    expect(describedText('Channel name')).toBe('required');
    expect(describedText('E-mail address')).toBe('an e-mail address, like you@example.com');

    type('Channel name', 'Inbox');
    type('E-mail address', 'trader@example.invalid');
    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    await screen.findByText('is not an address the server can send to');
    expect(describedText('E-mail address')).toBe('is not an address the server can send to');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Add channel' }));
    expect((await screen.findByRole('alert')).textContent).toBe('too many requests, try again in 30 s');
    expect(sent).toHaveLength(2);
  });
});
