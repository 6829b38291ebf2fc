import type { RiskLevel, SignalAction } from '@goldensignals/engine';
import { Button, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { EMPTY_SIGNAL_FILTERS } from './empty-signal-filters.js';
import type { SignalFilterFields } from './signal-filter-fields.js';
import { signalFilterProblems } from './signal-filter-problems.js';

const ACTIONS: readonly SignalAction[] = ['BUY', 'SELL', 'HOLD'];
const RISK_LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];

/**
 * The signals filters; nothing applies until "Apply" (or Enter), so typing does not fire a request per key. When the
 * applied filters change from outside (Back, Forward, a link), the form shows them.
 */
export function SignalFilterForm({ initial, onApply }: { readonly initial: SignalFilterFields; readonly onApply: (fields: SignalFilterFields) => void }) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<ReturnType<typeof signalFilterProblems>>({});
  const [shown, setShown] = useState(initial);
  // Adjusted while rendering rather than by remounting, so the focused control (Apply, a toggle) keeps the focus.
  if (JSON.stringify(shown) !== JSON.stringify(initial)) {
    setShown(initial);
    setDraft(initial);
    setProblems({});
  }

  function change<K extends keyof SignalFilterFields>(key: K, value: SignalFilterFields[K]): void {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    const found = signalFilterProblems(draft);
    setProblems(found);
    if (Object.keys(found).length === 0) onApply(draft);
  }

  function reset(): void {
    setDraft(EMPTY_SIGNAL_FILTERS);
    setProblems({});
    onApply(EMPTY_SIGNAL_FILTERS);
  }

  const dateSlot = { inputLabel: { shrink: true } } as const;
  return (
    <Stack component="form" onSubmit={submit} aria-label="Filter signals" noValidate spacing={1.5}>
      <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label="Symbols"
          placeholder="AAPL, MSFT"
          value={draft.symbols}
          onChange={(event) => change('symbols', event.target.value)}
          error={problems.symbols !== undefined}
          helperText={problems.symbols}
          sx={{ width: { xs: '100%', sm: 200 } }}
          slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
        />
        <Stack spacing={0.25}>
          <Typography variant="caption" color="text.secondary" id="signal-filter-actions">
            Action
          </Typography>
          <ToggleButtonGroup size="small" value={draft.actions} onChange={(_event, value: SignalAction[]) => change('actions', value)} aria-labelledby="signal-filter-actions">
            {ACTIONS.map((action) => (
              <ToggleButton key={action} value={action} aria-label={`${action} signals`} sx={{ px: 1.25, py: 0.25 }}>
                {action}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <Stack spacing={0.25}>
          <Typography variant="caption" color="text.secondary" id="signal-filter-risk">
            Risk
          </Typography>
          <ToggleButtonGroup size="small" value={draft.riskLevels} onChange={(_event, value: RiskLevel[]) => change('riskLevels', value)} aria-labelledby="signal-filter-risk">
            {RISK_LEVELS.map((level) => (
              <ToggleButton key={level} value={level} aria-label={`${level} risk`} sx={{ px: 1.25, py: 0.25 }}>
                {level}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
        <TextField
          size="small"
          type="number"
          label="Min confidence %"
          value={draft.minConfidence}
          onChange={(event) => change('minConfidence', event.target.value)}
          error={problems.minConfidence !== undefined}
          helperText={problems.minConfidence}
          sx={{ width: { xs: 'calc(50% - 6px)', sm: 160 } }}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        />
        <TextField
          size="small"
          type="number"
          label="Max confidence %"
          value={draft.maxConfidence}
          onChange={(event) => change('maxConfidence', event.target.value)}
          error={problems.maxConfidence !== undefined}
          helperText={problems.maxConfidence}
          sx={{ width: { xs: 'calc(50% - 6px)', sm: 160 } }}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        />
        <TextField
          size="small"
          type="date"
          label="From"
          value={draft.from}
          onChange={(event) => change('from', event.target.value)}
          error={problems.from !== undefined}
          helperText={problems.from}
          sx={{ width: { xs: 'calc(50% - 6px)', sm: 160 } }}
          slotProps={dateSlot}
        />
        <TextField
          size="small"
          type="date"
          label="To"
          value={draft.to}
          onChange={(event) => change('to', event.target.value)}
          error={problems.to !== undefined}
          helperText={problems.to}
          sx={{ width: { xs: 'calc(50% - 6px)', sm: 160 } }}
          slotProps={dateSlot}
        />
        <Stack direction="row" spacing={1} sx={{ pt: { xs: 0, sm: 0.25 } }}>
          <Button type="submit" variant="contained" size="small">
            Apply filters
          </Button>
          <Button type="button" size="small" onClick={reset}>
            Reset
          </Button>
        </Stack>
      </Stack>
    </Stack>
  );
}
