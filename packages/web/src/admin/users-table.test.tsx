// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountRole } from '../auth/session.js';
import type { AccountView } from './account-view.js';
import { UsersTable } from './users-table.js';

const ADMIN: AccountView = { id: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', email: 'admin@example.com', name: 'Ada', role: 'admin', disabled: false, createdAt: '2026-01-02T09:00:00.000Z', lastLoginAt: '2026-05-01T08:00:00.000Z' };
const VIEWER: AccountView = { id: '7d2f5c1e-0b6a-4e8f-9a3d-2c1b0e9f8a7d', email: 'viewer@example.com', name: null, role: 'viewer', disabled: false, createdAt: '2026-02-03T10:00:00.000Z', lastLoginAt: null };

afterEach(cleanup);

function renderTable(pendingId: string | null = null) {
  const roleChanges: [string, AccountRole][] = [];
  const disables: [string, boolean][] = [];
  render(
    <UsersTable
      accounts={[ADMIN, VIEWER]}
      currentUserId={ADMIN.id}
      timeZone="UTC"
      pendingId={pendingId}
      onChangeRole={(account, role) => roleChanges.push([account.email, role])}
      onSetDisabled={(account, disabled) => disables.push([account.email, disabled])}
      onResetPassword={() => undefined}
    />,
  );
  return { roleChanges, disables };
}

describe('UsersTable role control', () => {
  it("sends the new role of the account whose select changed, and nothing when the same role is picked", () => {
    const { roleChanges } = renderTable();
    const select = screen.getByLabelText('Role of viewer@example.com') as HTMLSelectElement;
    expect(select.value).toBe('viewer');
    fireEvent.change(select, { target: { value: 'trader' } });
    fireEvent.change(select, { target: { value: 'viewer' } });
    expect(roleChanges).toEqual([['viewer@example.com', 'trader']]);
  });

  it("does not let the admin change their own role or disable themselves", () => {
    const { disables } = renderTable();
    expect((screen.getByLabelText('Role of admin@example.com') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Disable admin@example.com' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Disable viewer@example.com' }));
    expect(disables).toEqual([['viewer@example.com', true]]);
  });

  it('holds the controls of an account while its change is being sent', () => {
    renderTable(VIEWER.id);
    expect((screen.getByLabelText('Role of viewer@example.com') as HTMLSelectElement).disabled).toBe(true);
    const row = screen.getByRole('row', { name: /viewer@example.com/ });
    expect((within(row).getByRole('button', { name: 'Disable viewer@example.com' }) as HTMLButtonElement).disabled).toBe(true);
    expect(row.textContent).toContain('–');
  });
});
