import { TextField } from '@mui/material';
import type { AccountRole } from '../auth/session.js';

const ROLES: readonly AccountRole[] = ['viewer', 'trader', 'admin'];

interface RoleSelectProps {
  /** Whose role this is, for the control's accessible name. */
  readonly email: string;
  readonly role: AccountRole;
  readonly onChange: (role: AccountRole) => void;
  readonly disabled?: boolean;
}

/** The role of one account as a compact select; a change is sent at once (the audit log records it). */
export function RoleSelect({ email, role, onChange, disabled = false }: RoleSelectProps) {
  return (
    <TextField
      size="small"
      select
      value={role}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value as AccountRole;
        if (next !== role) onChange(next);
      }}
      slotProps={{ select: { native: true }, htmlInput: { 'aria-label': `Role of ${email}` } }}
      sx={{ minWidth: 110 }}
    >
      {ROLES.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </TextField>
  );
}
