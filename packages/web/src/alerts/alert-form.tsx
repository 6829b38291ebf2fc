import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useCheckedForm } from '../forms/use-checked-form.js';
import type { AlertBody } from './alert-body.js';
import { ALERT_CHANNELS } from './alert-channels.js';
import type { AlertFields } from './alert-fields.js';
import { ALERT_KINDS, ANY_SYMBOL_KINDS } from './alert-kinds.js';
import { ALERT_OUTCOMES } from './alert-outcomes.js';
import { ChoiceToggles } from './choice-toggles.js';
import { IndicatorParamsInputs } from './indicator-params-inputs.js';
import { QuietHoursInputs } from './quiet-hours-inputs.js';
import { SignalParamsInputs } from './signal-params-inputs.js';
import { SYSTEM_EVENTS } from './system-events.js';
import { validateAlertFields } from './validate-alert-fields.js';

// Named like the body and its params, so the server's problems (`body.params.value`) land at their control.
const FORM_FIELDS = [
  'name', 'symbol', 'kind', 'price', 'actions', 'minConfidence', 'minConsensusStrength', 'riskLevels', 'timeframes', 'agents', 'minAgreeingAgents',
  'outcomes', 'indicator', 'value', 'period', 'timeframe', 'events', 'channels', 'quietHours', 'maxPerHour',
];
const CHANNEL_OPTIONS = ALERT_CHANNELS.map(({ channel, label }) => ({ value: channel, label }));
const OUTCOME_OPTIONS = ALERT_OUTCOMES.map(({ outcome, label }) => ({ value: outcome, label }));
const EVENT_OPTIONS = SYSTEM_EVENTS.map(({ event, label }) => ({ value: event, label }));

/** What {@link AlertForm} edits and where it sends the result. */
export interface AlertFormProps {
  /** The form's accessible name ("New alert", "Edit AAPL · Price above"). */
  readonly label: string;
  readonly initial: AlertFields;
  /** Admins may watch system events. */
  readonly admin: boolean;
  readonly submitLabel: string;
  readonly onSave: (body: AlertBody) => Promise<unknown>;
  /** After the API accepted: an edit closes, a new rule clears the form. */
  readonly onSaved: (reset: () => void) => void;
  readonly onCancel?: () => void;
  /** Said once the API accepted, until the next edit. */
  readonly savedText?: string;
}

/** A rule's kind, symbol, condition, channels, quiet hours and hourly limit: checked here, the server's refusal shown as it says it. */
export function AlertForm({ label, initial, admin, submitLabel, onSave, onSaved, onCancel, savedText }: AlertFormProps) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { fields, problems, failure, pending, change, submit } = useCheckedForm({
    initial,
    check: (current: AlertFields) => {
      const checked = validateAlertFields(current);
      return checked.problems !== undefined ? checked : { value: checked.body };
    },
    send: async (body: AlertBody) => {
      try {
        return await onSave(body);
      } catch (error) {
        // Field problems go to their controls too, but the server's whole sentence is what explains them.
        setRefusal(error instanceof Error ? error.message : String(error));
        throw error;
      }
    },
    onSent: (_result, setFields) => {
      setSaved(true);
      onSaved(() => setFields((current) => ({ ...initial, kind: current.kind, channels: current.channels })));
    },
    onEdit: () => {
      setRefusal(null);
      setSaved(false);
    },
    formFields: FORM_FIELDS,
    within: 'params',
  });
  const kinds = ALERT_KINDS.filter((option) => admin || !option.adminOnly || option.kind === fields.kind);
  const message = failure ?? refusal;

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1.5} aria-label={label}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          select
          label="Kind"
          value={fields.kind}
          onChange={(event) => change('kind', ALERT_KINDS.find((option) => option.kind === event.target.value)?.kind ?? fields.kind)}
          error={problems.kind !== undefined}
          helperText={problems.kind}
          slotProps={{ select: { native: true } }}
          sx={{ minWidth: 170 }}
        >
          {kinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </TextField>
        {fields.kind !== 'system' && (
          <TextField
            size="small"
            label="Symbol"
            placeholder={ANY_SYMBOL_KINDS.includes(fields.kind) ? 'AAPL, or * for every symbol' : 'AAPL'}
            value={fields.symbol}
            onChange={(event) => change('symbol', event.target.value)}
            error={problems.symbol !== undefined}
            helperText={problems.symbol ?? (ANY_SYMBOL_KINDS.includes(fields.kind) ? '* watches every symbol' : undefined)}
            slotProps={{ htmlInput: { autoCapitalize: 'characters', spellCheck: false, maxLength: 20 } }}
          />
        )}
        {(fields.kind === 'price_above' || fields.kind === 'price_below') && (
          <TextField
            size="small"
            type="number"
            label="Price"
            value={fields.price}
            onChange={(event) => change('price', event.target.value)}
            error={problems.price !== undefined}
            helperText={problems.price ?? `Fires when the price crosses ${fields.kind === 'price_above' ? 'above' : 'below'} it`}
            slotProps={{ htmlInput: { min: 0, step: 'any' } }}
          />
        )}
      </Stack>
      <TextField
        size="small"
        label="Name (optional)"
        placeholder="Strong buys"
        value={fields.name}
        onChange={(event) => change('name', event.target.value)}
        error={problems.name !== undefined}
        helperText={problems.name ?? 'Messages name the rule by it, e.g. “BUY AAPL 72% (rule: Strong buys)”'}
        slotProps={{ htmlInput: { maxLength: 100 } }}
      />
      {fields.kind === 'signal' && <SignalParamsInputs fields={fields} problems={problems} change={change} />}
      {fields.kind === 'signal_outcome' && <ChoiceToggles label="Outcomes" options={OUTCOME_OPTIONS} value={fields.outcomes} onChange={(value) => change('outcomes', value)} problem={problems.outcomes} />}
      {(fields.kind === 'indicator_above' || fields.kind === 'indicator_below') && <IndicatorParamsInputs fields={fields} problems={problems} change={change} />}
      {fields.kind === 'system' && <ChoiceToggles label="Events" options={EVENT_OPTIONS} value={fields.events} onChange={(value) => change('events', value)} problem={problems.events} />}
      <ChoiceToggles label="Send to" options={CHANNEL_OPTIONS} value={fields.channels} onChange={(value) => change('channels', value)} problem={problems.channels} hint="Every enabled notification channel of the kinds picked" />
      <QuietHoursInputs fields={fields} problems={problems} change={change} />
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </Button>
        {onCancel !== undefined && <Button onClick={onCancel}>Cancel</Button>}
      </Stack>
      {message !== null && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      {saved && savedText !== undefined && (
        <Alert severity="success" role="status">
          {savedText}
        </Alert>
      )}
    </Stack>
  );
}
