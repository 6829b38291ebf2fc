import type { RiskLevel } from '@goldensignals/engine';
import { useCheckedForm } from '../../forms/use-checked-form.js';
import { Alert, Box, Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState, type FormEvent } from 'react';
import type { AutoFollowFields } from './auto-follow-fields.js';
import { autoFollowFieldsOf } from './auto-follow-fields-of.js';
import type { AutoFollowSettings, AutoFollowSettingsInput } from './auto-follow-settings.js';
import { validateAutoFollowFields } from './validate-auto-follow-fields.js';

const RISK_LEVELS: readonly { readonly level: RiskLevel; readonly label: string }[] = [
  { level: 'low', label: 'Low risk' },
  { level: 'medium', label: 'Medium risk' },
  { level: 'high', label: 'High risk' },
];
const FORM_FIELDS = ['symbols', 'minConfidence', 'riskLevels', 'maxPositionPercent', 'maxOpenPositions', 'maxDailyLossPercent'];


interface AutoFollowFormProps {
  readonly settings: AutoFollowSettings;
  /** False: the settings are shown, not changed (a viewer). */
  readonly canEdit: boolean;
  readonly onSave: (input: AutoFollowSettingsInput) => Promise<AutoFollowSettings>;
}

/** Auto-follow's switch, symbols and risk limits; checked here, the API's refusals shown at their fields, "Saved" once stored. */
export function AutoFollowForm({ settings, canEdit, onSave }: AutoFollowFormProps) {
  const [saved, setSaved] = useState(false);
  const { fields, problems, failure, pending, change, submit } = useCheckedForm({
    initial: () => autoFollowFieldsOf(settings),
    check: (current: AutoFollowFields) => {
      const checked = validateAutoFollowFields(current);
      return checked.problems !== undefined ? checked : { value: checked.input };
    },
    send: onSave,
    onSent: (stored, setFields) => {
      setFields(() => autoFollowFieldsOf(stored));
      setSaved(true);
    },
    onEdit: () => setSaved(false),
    formFields: FORM_FIELDS,
  });
  const readOnly = !canEdit;

  function toggleRisk(level: RiskLevel, checked: boolean): void {
    change('riskLevels', checked ? [...fields.riskLevels, level] : fields.riskLevels.filter((kept) => kept !== level));
  }

  const number = (name: 'minConfidence' | 'maxPositionPercent' | 'maxOpenPositions' | 'maxDailyLossPercent', label: string, hint: string) => (
    <TextField
      size="small"
      label={label}
      value={fields[name]}
      onChange={(event) => change(name, event.target.value)}
      error={problems[name] !== undefined}
      helperText={problems[name] ?? hint}
      disabled={readOnly}
      slotProps={{ htmlInput: { inputMode: name === 'maxOpenPositions' ? 'numeric' : 'decimal' } }}
    />
  );

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={2} aria-label="Auto-follow settings">
      <FormControlLabel
        control={<Switch checked={fields.enabled} onChange={(event) => change('enabled', event.target.checked)} disabled={readOnly} />}
        label="Follow signals automatically"
      />
      <TextField
        size="small"
        label="Symbols"
        placeholder="AAPL, MSFT, BTC-USD"
        value={fields.symbols}
        onChange={(event) => change('symbols', event.target.value)}
        error={problems.symbols !== undefined}
        helperText={problems.symbols ?? 'Empty: all symbols of your watchlists'}
        disabled={readOnly}
        slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false } }}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' }, alignItems: 'start' }}>
        {number('minConfidence', 'Minimum confidence %', 'weaker signals are skipped')}
        {number('maxPositionPercent', 'Largest position % of equity', 'size of one new position, at most')}
        {number('maxOpenPositions', 'Max open positions', 'no new position beyond it')}
        {number('maxDailyLossPercent', 'Daily loss limit %', "below the day's starting equity: no new positions until the next UTC day")}
      </Box>
      <FormControl component="fieldset" error={problems.riskLevels !== undefined} disabled={readOnly}>
        <FormLabel component="legend">Accepted risk levels</FormLabel>
        <FormGroup row>
          {RISK_LEVELS.map(({ level, label }) => (
            <FormControlLabel key={level} label={label} control={<Checkbox checked={fields.riskLevels.includes(level)} onChange={(event) => toggleRisk(level, event.target.checked)} />} />
          ))}
        </FormGroup>
        {problems.riskLevels !== undefined && <FormHelperText>{problems.riskLevels}</FormHelperText>}
      </FormControl>
      <FormControlLabel
        control={<Switch checked={fields.useStopLoss} onChange={(event) => change('useStopLoss', event.target.checked)} disabled={readOnly} />}
        label="Close at the signal's stop-loss / take-profit"
      />
      {readOnly ? (
        <Typography variant="body2" color="text.secondary">
          Read-only: your role can see these settings but not change them.
        </Typography>
      ) : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button type="submit" variant="contained" disabled={pending}>
            {pending ? 'Saving…' : 'Save settings'}
          </Button>
          <Typography variant="caption" color="text.secondary">
            {settings.updatedAt === null ? 'Never saved: these are the defaults.' : `Last saved ${new Date(settings.updatedAt).toLocaleString()}`}
          </Typography>
        </Stack>
      )}
      {failure !== null && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
      {saved && (
        <Alert severity="success" role="status">
          Saved
        </Alert>
      )}
    </Stack>
  );
}
