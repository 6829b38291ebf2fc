import { TIMEFRAMES } from '@goldensignals/engine';
import { Stack, TextField } from '@mui/material';
import type { AlertFieldProps } from './alert-field-props.js';
import { ALERT_INDICATORS } from './alert-indicators.js';

/** The condition of an indicator rule: which indicator, the level it crosses, its period and timeframe. */
export function IndicatorParamsInputs({ fields, problems, change }: AlertFieldProps) {
  const known = ALERT_INDICATORS.find((option) => option.indicator === fields.indicator);
  const range = known === undefined || known.min === null || known.max === null ? 'any number' : `${known.min} to ${known.max}`;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
      <TextField
        size="small"
        select
        label="Indicator"
        value={fields.indicator}
        onChange={(event) => change('indicator', ALERT_INDICATORS.find((option) => option.indicator === event.target.value)?.indicator ?? fields.indicator)}
        error={problems.indicator !== undefined}
        helperText={problems.indicator}
        slotProps={{ select: { native: true } }}
        sx={{ minWidth: 160 }}
      >
        {ALERT_INDICATORS.map((option) => (
          <option key={option.indicator} value={option.indicator}>
            {option.label}
          </option>
        ))}
      </TextField>
      <TextField
        size="small"
        type="number"
        label="Level"
        value={fields.value}
        onChange={(event) => change('value', event.target.value)}
        error={problems.value !== undefined}
        helperText={problems.value ?? range}
      />
      <TextField
        size="small"
        type="number"
        label="Period"
        placeholder={String(known?.period ?? '')}
        value={fields.period}
        onChange={(event) => change('period', event.target.value)}
        error={problems.period !== undefined}
        helperText={problems.period ?? `Bars; empty: ${known?.period ?? 'the usual'}`}
        slotProps={{ htmlInput: { min: 2, max: 500, step: 1 } }}
      />
      <TextField
        size="small"
        select
        label="Timeframe"
        value={fields.timeframe}
        onChange={(event) => change('timeframe', TIMEFRAMES.find((timeframe) => timeframe === event.target.value) ?? fields.timeframe)}
        error={problems.timeframe !== undefined}
        helperText={problems.timeframe}
        slotProps={{ select: { native: true } }}
        sx={{ minWidth: 110 }}
      >
        {TIMEFRAMES.map((timeframe) => (
          <option key={timeframe} value={timeframe}>
            {timeframe}
          </option>
        ))}
      </TextField>
    </Stack>
  );
}
