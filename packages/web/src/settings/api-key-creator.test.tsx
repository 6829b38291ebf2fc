// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { ApiKeyCreator } from './api-key-creator.js';
import type { CreatedApiKey } from './created-api-key.js';
import type { NewApiKey } from './new-api-key.js';

const SECRET = 'gs_k3y9pr3f_Zq8wX2mN4vB6cD1eF3gH5jK7lP9rS0tU';

function answerFor(input: NewApiKey): CreatedApiKey {
  return {
    key: SECRET,
    apiKey: { id: '6f1c2a4e-8b1d-4c3e-9f2a-1b2c3d4e5f60', name: input.name, prefix: 'k3y9pr3f', role: input.role, createdAt: '2026-05-01T10:00:00.000Z', expiresAt: input.expiresAt ?? null, lastUsedAt: null, revokedAt: null },
  };
}

afterEach(cleanup);

describe('ApiKeyCreator', () => {
  it('creates a key with the chosen name, role and expiry, shows it once, and forgets it on Done', async () => {
    const sent: NewApiKey[] = [];
    render(<ApiKeyCreator maxRole="trader" onCreate={async (input) => (sent.push(input), answerFor(input))} />);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['viewer', 'trader', 'Never', 'In 30 days', 'In 90 days', 'In a year']);

    fireEvent.change(screen.getByLabelText(/Key name/), { target: { value: '  nightly export ' } });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: 'viewer' } });
    fireEvent.change(screen.getByLabelText('Expires'), { target: { value: '30' } });
    const before = Date.now();
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));

    const notice = await screen.findByRole('status', { name: 'New API key' });
    expect(sent).toHaveLength(1);
    expect(sent[0].name).toBe('nightly export');
    expect(sent[0].role).toBe('viewer');
    const expiresIn = Date.parse(sent[0].expiresAt ?? '') - before;
    expect(expiresIn).toBeGreaterThanOrEqual(30 * 86_400_000 - 1000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 86_400_000 + 1000);
    expect((screen.getByLabelText('API key') as HTMLInputElement).value).toBe(SECRET);
    expect(notice.textContent).toContain('you will not see it again');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('status', { name: 'New API key' })).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('form', { name: 'Create an API key' })).toBeTruthy();
  });

  it('sends no expiry for a key that never expires, and offers an admin every role', async () => {
    const sent: NewApiKey[] = [];
    render(<ApiKeyCreator maxRole="admin" onCreate={async (input) => (sent.push(input), answerFor(input))} />);
    expect((screen.getByLabelText('Role') as HTMLSelectElement).value).toBe('admin');
    fireEvent.change(screen.getByLabelText(/Key name/), { target: { value: 'bot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByRole('status', { name: 'New API key' });
    expect(sent).toEqual([{ name: 'bot', role: 'admin' }]);
  });

  it("shows the server's refusal and no key", async () => {
    render(
      <ApiKeyCreator
        maxRole="trader"
        onCreate={async () => {
          throw new ApiError(403, 'GS_ERR_FORBIDDEN', 'an API key cannot create further keys');
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText(/Key name/), { target: { value: 'bot' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create key' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('an API key cannot create further keys'));
    expect(screen.queryByLabelText('API key')).toBeNull();
  });
});
