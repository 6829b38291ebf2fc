import { Alert, Box, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { FieldProblems } from '../../forms/field-problems.js';
import { downloadExport } from './download-export.js';
import { EMPTY_EXPORT_FIELDS, type ExportFields, type ExportKind } from './export-fields.js';
import { ExportOptions } from './export-options.js';
import { exportPathOf } from './export-path-of.js';

const KINDS: readonly { readonly kind: ExportKind; readonly label: string; readonly trader: boolean }[] = [
  { kind: 'signals', label: 'Signals', trader: false },
  { kind: 'scorecard', label: 'Scorecard', trader: false },
  { kind: 'trades', label: 'Paper trades', trader: true },
  { kind: 'backtest', label: 'A backtest', trader: false },
];

/** Downloads signals (filtered), the scorecard, paper trades or a backtest as CSV or JSON. */
export function ExportPanel({ trader }: { readonly trader: boolean }) {
  const [fields, setFields] = useState<ExportFields>(EMPTY_EXPORT_FIELDS);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);

  function change<K extends keyof ExportFields>(name: K, value: ExportFields[K]): void {
    setFields((current) => ({ ...current, [name]: value }));
    setProblems((current) => ({ ...current, [name]: undefined }));
    setOutcome(null);
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setOutcome(null);
    const checked = exportPathOf(fields);
    setProblems(checked.problems ?? {});
    if (checked.path === undefined) return;
    setPending(true);
    try {
      const name = await downloadExport(checked.path, `${fields.kind}.${fields.format}`);
      setOutcome({ ok: true, text: `Downloaded ${name}` });
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) });
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1.5} aria-label="Download an export">
      <Stack direction="row" spacing={1}>
        <TextField size="small" select label="Export" value={fields.kind} onChange={(event) => change('kind', KINDS.find((option) => option.kind === event.target.value)?.kind ?? 'signals')} slotProps={{ select: { native: true } }} sx={{ minWidth: 160 }}>
          {KINDS.filter((option) => trader || !option.trader).map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </TextField>
        <TextField size="small" select label="Format" value={fields.format} onChange={(event) => change('format', event.target.value === 'json' ? 'json' : 'csv')} slotProps={{ select: { native: true } }}>
          <option value="csv">CSV</option>
          <option value="json">JSON</option>
        </TextField>
      </Stack>
      <ExportOptions fields={fields} problems={problems} change={change} />
      <Box>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Downloading…' : 'Download'}
        </Button>
      </Box>
      {outcome !== null && (
        <Alert severity={outcome.ok ? 'success' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </Alert>
      )}
    </Stack>
  );
}
