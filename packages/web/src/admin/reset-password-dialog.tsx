import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { AccountView } from './account-view.js';

interface ResetPasswordDialogProps {
  /** The account whose password is reset; none closes the dialog. */
  readonly account: AccountView | null;
  readonly onReset: (account: AccountView, password: string) => Promise<unknown>;
  readonly onClose: () => void;
}

/** Sets a new password for an account: its sessions end, and the admin tells the person the new one. */
export function ResetPasswordDialog({ account, onReset, onClose }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close(): void {
    setPassword('');
    setError(null);
    onClose();
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (account === null || password === '') return;
    setPending(true);
    setError(null);
    try {
      await onReset(account, password);
      close();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog open={account !== null} onClose={close} aria-labelledby="reset-password-title">
      <form onSubmit={(event) => void submit(event)} aria-label="Reset password">
        <DialogTitle id="reset-password-title">Reset password of {account?.email}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            Every session of the account ends. Tell the person the new password through another channel.
          </DialogContentText>
          <TextField size="small" type="password" label="New password" value={password} onChange={(event) => setPassword(event.target.value)} required fullWidth autoFocus autoComplete="new-password" />
          {error !== null && (
            <Alert severity="error" role="alert" sx={{ mt: 1 }}>
              {error}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>Cancel</Button>
          <Button type="submit" variant="contained" disabled={pending || password === ''}>
            Set password
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
