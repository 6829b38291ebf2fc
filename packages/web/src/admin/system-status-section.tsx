import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { SettingsSection } from '../settings/settings-section.js';
import { ADMIN_QUERY_KEYS } from './admin-query-keys.js';
import { parsePrometheusText } from './parse-prometheus-text.js';
import type { ReadinessView } from './readiness-view.js';
import type { CircuitView } from './circuit-view.js';
import { systemMetricsOf } from './system-metrics-of.js';

const REFRESH_MS = 15_000;

// `/ready` and `/metrics` sit beside the API, not under /api/v1, and need no token.
async function readiness(): Promise<ReadinessView> {
  const response = await fetch('/ready');
  if (response.status !== 200 && response.status !== 503) throw new Error(`/ready answered ${response.status}`);
  return (await response.json()) as ReadinessView;
}

async function metricsText(): Promise<string> {
  const response = await fetch('/metrics');
  if (response.status === 404) throw new Error('this server does not expose /metrics');
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

const CIRCUIT_COLOR: Readonly<Record<CircuitView['state'], 'success' | 'warning' | 'error' | 'default'>> = { closed: 'success', 'half-open': 'warning', open: 'error', unknown: 'default' };

function Figure({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h6" component="div" aria-label={label}>
        {value}
      </Typography>
    </Box>
  );
}

/** Readiness (database, migrations) and a few live figures of the server: circuits, WebSockets, queue depth. */
export function SystemStatusSection() {
  const ready = useQuery({ queryKey: ADMIN_QUERY_KEYS.ready, queryFn: readiness, refetchInterval: REFRESH_MS });
  const metrics = useQuery({ queryKey: ADMIN_QUERY_KEYS.metrics, queryFn: async () => systemMetricsOf(parsePrometheusText(await metricsText())), refetchInterval: REFRESH_MS });
  const database = ready.data?.checks.database;
  const migrations = ready.data?.checks.migrations;

  return (
    <SettingsSection title="System status" description="Refreshed every 15 seconds.">
      <Stack spacing={2}>
        {ready.isPending && <Typography color="text.secondary">Checking readiness…</Typography>}
        {ready.isError && (
          <Alert severity="error" role="alert">
            {ready.error.message}
          </Alert>
        )}
        {ready.isSuccess && (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <Chip label={ready.data.ready ? 'Ready' : 'Not ready'} color={ready.data.ready ? 'success' : 'error'} data-ready={ready.data.ready} sx={{ alignSelf: 'flex-start' }} />
            <Typography variant="body2">
              Database: {database?.ok === true ? `ok (${database.kind ?? 'unknown'})` : (database?.message ?? 'not checked')}
            </Typography>
            <Typography variant="body2">
              Migrations:{' '}
              {migrations === undefined ? 'not checked' : migrations.ok === true ? `current (version ${migrations.currentVersion ?? '?'})` : `${migrations.pending?.length ?? 0} pending`}
            </Typography>
          </Stack>
        )}
        {metrics.isPending && <Typography color="text.secondary">Reading metrics…</Typography>}
        {metrics.isError && (
          <Alert severity="warning" role="alert">
            {metrics.error.message}
          </Alert>
        )}
        {metrics.isSuccess && (
          <>
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
              <Figure label="WebSocket connections" value={metrics.data.websocketConnections?.toLocaleString() ?? '–'} />
              <Figure label="Queue depth" value={metrics.data.queueDepth?.toLocaleString() ?? '–'} />
            </Stack>
            {metrics.data.circuits.length === 0 ? (
              <Typography variant="body2" color="text.secondary">
                No provider circuits reported.
              </Typography>
            ) : (
              <Table size="small" aria-label="Provider circuits" sx={{ maxWidth: 420 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>Provider</TableCell>
                    <TableCell align="right">Circuit</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {metrics.data.circuits.map((circuit) => (
                    <TableRow key={circuit.provider}>
                      <TableCell>{circuit.provider}</TableCell>
                      <TableCell align="right">
                        <Chip size="small" variant="outlined" label={circuit.state} color={CIRCUIT_COLOR[circuit.state]} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </>
        )}
      </Stack>
    </SettingsSection>
  );
}
