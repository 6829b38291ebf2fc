import { Alert, Box, Button, Card, CardContent, Chip, Collapse, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useState } from 'react';
import { formatDateTime } from '../settings/format-date-time.js';
import type { AlertBody } from './alert-body.js';
import { alertChannelLabel } from './alert-channels.js';
import { alertFieldsOf } from './alert-fields-of.js';
import { AlertForm } from './alert-form.js';
import { alertScope, alertTitle } from './alert-title.js';
import { AlertTriggers } from './alert-triggers.js';
import type { AlertView } from './alert-view.js';
import { conditionSummary } from './condition-summary.js';
import { deliveryLimitsSummary } from './delivery-limits-summary.js';

interface AlertCardProps {
  readonly alert: AlertView;
  readonly admin: boolean;
  readonly timeZone: string;
  readonly onActiveChange: (active: boolean) => Promise<unknown>;
  readonly onEdit: (body: AlertBody) => Promise<unknown>;
  readonly onDelete: () => Promise<unknown>;
}

/** One rule: what it watches in words, where it sends, on/off, when it last fired; edit, delete, and its recent triggers. */
export function AlertCard({ alert, admin, timeZone, onActiveChange, onEdit, onDelete }: AlertCardProps) {
  const [busy, setBusy] = useState<'toggle' | 'delete' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const title = alertTitle(alert);
  const scope = alertScope(alert);
  const limits = deliveryLimitsSummary(alert);
  const triggersId = `alert-triggers-${alert.id}`;

  async function run(what: 'toggle' | 'delete', action: () => Promise<unknown>): Promise<void> {
    setBusy(what);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card variant="outlined" component="article" aria-label={`Alert ${title}`} data-alert-id={alert.id}>
      <CardContent sx={{ '&:last-child': { pb: 1.5 } }}>
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="subtitle1" component="h3" sx={{ flexGrow: 1, overflowWrap: 'anywhere' }}>
              {title}
            </Typography>
            <FormControlLabel
              label="Active"
              sx={{ mr: 0 }}
              control={
                <Switch
                  checked={alert.active}
                  disabled={busy === 'toggle'}
                  onChange={(event) => void run('toggle', () => onActiveChange(event.target.checked))}
                  slotProps={{ input: { 'aria-label': `${title} active` } }}
                />
              }
            />
          </Stack>
          <Typography variant="body2">
            {title === scope ? '' : `${scope}: `}
            {conditionSummary(alert)}
          </Typography>
          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
            {alert.channels.map((channel) => (
              <Chip key={channel} size="small" variant="outlined" label={alertChannelLabel(channel)} />
            ))}
            {limits !== null && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                {limits}
              </Typography>
            )}
          </Stack>
          <Typography variant="caption" color="text.secondary">
            {alert.lastTriggeredAt === null ? 'Never triggered' : `Last triggered ${formatDateTime(alert.lastTriggeredAt, timeZone)}`}
          </Typography>
          {editing ? (
            <AlertForm
              label={`Edit ${title}`}
              initial={alertFieldsOf(alert)}
              admin={admin}
              submitLabel="Save"
              onSave={onEdit}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Button size="small" variant="outlined" onClick={() => setEditing(true)} aria-label={`Edit ${title}`}>
                Edit
              </Button>
              <Button size="small" aria-expanded={open} aria-controls={triggersId} onClick={() => setOpen((current) => !current)} aria-label={`Recent triggers of ${title}`}>
                Recent triggers
              </Button>
              <Box sx={{ flexGrow: 1 }} />
              {confirming ? (
                <>
                  <Button size="small" color="error" variant="contained" disabled={busy === 'delete'} onClick={() => void run('delete', onDelete)} aria-label={`Confirm deleting ${title}`}>
                    Delete now
                  </Button>
                  <Button size="small" onClick={() => setConfirming(false)} aria-label={`Keep ${title}`}>
                    Keep
                  </Button>
                </>
              ) : (
                <Button size="small" color="error" onClick={() => setConfirming(true)} aria-label={`Delete ${title}`}>
                  Delete
                </Button>
              )}
            </Stack>
          )}
          {failure !== null && (
            <Alert severity="error" role="alert" onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          )}
          <Collapse in={open} id={triggersId} unmountOnExit>
            <AlertTriggers alertId={alert.id} label={title} />
          </Collapse>
        </Stack>
      </CardContent>
    </Card>
  );
}
