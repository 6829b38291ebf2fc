import { Alert, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.js';
import { useSessionStore } from '../auth/session-store.js';
import { usePreferences } from '../settings/preferences-store.js';
import { SettingsSection } from '../settings/settings-section.js';
import type { AlertBody } from './alert-body.js';
import { AlertCard } from './alert-card.js';
import { AlertForm } from './alert-form.js';
import type { AlertView } from './alert-view.js';
import { ALERTS_QUERY_KEYS as KEYS } from './alerts-query-keys.js';
import { DeadLettersPanel } from './dead-letters-panel.js';
import { emptyAlertFields } from './empty-alert-fields.js';

/** `/alerts`: the caller's alert rules (add, edit, switch, delete, recent triggers with their deliveries) and the dead letters. */
export function AlertsPage() {
  const client = useQueryClient();
  const admin = useSessionStore((state) => state.user?.role === 'admin');
  const timeZone = usePreferences((state) => state.timeZone);
  const [blank] = useState(emptyAlertFields);
  const alerts = useQuery({ queryKey: KEYS.list, queryFn: () => apiRequest<{ items: AlertView[] }>('GET', '/alerts') });
  const changed = () => client.invalidateQueries({ queryKey: KEYS.list });
  const path = (alert: AlertView) => `/alerts/${encodeURIComponent(alert.id)}`;

  async function create(body: AlertBody): Promise<void> {
    await apiRequest<AlertView>('POST', '/alerts', body);
    await changed();
  }

  async function update(alert: AlertView, changes: Partial<AlertBody> & { active?: boolean }): Promise<void> {
    await apiRequest<AlertView>('PATCH', path(alert), changes);
    await changed();
  }

  async function remove(alert: AlertView): Promise<void> {
    await apiRequest<undefined>('DELETE', path(alert));
    await changed();
  }

  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Alerts
      </Typography>
      <SettingsSection title="Your alert rules" description="Each rule watches a price, a signal, an outcome or an indicator and sends what it sees to the channels picked.">
        <Stack spacing={1.5}>
          {alerts.isPending && <Typography color="text.secondary">Loading alerts…</Typography>}
          {alerts.isError && (
            <Alert severity="error" role="alert">
              {alerts.error.message}
            </Alert>
          )}
          {alerts.isSuccess && alerts.data.items.length === 0 && <Typography color="text.secondary">No alert rules yet: add one below.</Typography>}
          {alerts.data?.items.map((alert) => (
            <AlertCard
              key={alert.id}
              alert={alert}
              admin={admin}
              timeZone={timeZone}
              onActiveChange={(active) => update(alert, { active })}
              onEdit={(body) => update(alert, body)}
              onDelete={() => remove(alert)}
            />
          ))}
        </Stack>
      </SettingsSection>
      <SettingsSection title="New alert">
        <AlertForm label="New alert" initial={blank} admin={admin} submitLabel="Add alert" savedText="Alert added." onSave={create} onSaved={(reset) => reset()} />
      </SettingsSection>
      <DeadLettersPanel />
    </Stack>
  );
}
