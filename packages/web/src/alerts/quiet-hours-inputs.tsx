import { FormControlLabel, FormHelperText, Stack, Switch, TextField } from '@mui/material';
import type { AlertFieldProps } from './alert-field-props.js';

/** Quiet hours (a start and an end that may wrap midnight, in a time zone) and the hourly limit of a rule. */
export function QuietHoursInputs({ fields, problems, change }: AlertFieldProps) {
  const timeSlot = { inputLabel: { shrink: true }, htmlInput: { step: 60 } } as const;
  return (
    <Stack spacing={1}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <FormControlLabel control={<Switch checked={fields.quietHoursOn} onChange={(event) => change('quietHoursOn', event.target.checked)} />} label="Quiet hours" sx={{ mr: 1 }} />
        {fields.quietHoursOn && (
          <>
            <TextField size="small" type="time" label="From" value={fields.quietStart} onChange={(event) => change('quietStart', event.target.value)} error={problems.quietStart !== undefined} helperText={problems.quietStart} slotProps={timeSlot} />
            <TextField size="small" type="time" label="Until" value={fields.quietEnd} onChange={(event) => change('quietEnd', event.target.value)} error={problems.quietEnd !== undefined} helperText={problems.quietEnd} slotProps={timeSlot} />
            <TextField
              size="small"
              label="Time zone"
              value={fields.quietTimeZone}
              onChange={(event) => change('quietTimeZone', event.target.value)}
              error={problems.quietTimeZone !== undefined}
              helperText={problems.quietTimeZone ?? 'IANA name, e.g. Europe/Berlin'}
              slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'none' } }}
            />
          </>
        )}
        <TextField
          size="small"
          type="number"
          label="Max per hour"
          value={fields.maxPerHour}
          onChange={(event) => change('maxPerHour', event.target.value)}
          error={problems.maxPerHour !== undefined}
          helperText={problems.maxPerHour ?? 'Empty: no limit'}
          slotProps={{ htmlInput: { min: 1, max: 1000, step: 1 } }}
          sx={{ maxWidth: { sm: 150 } }}
        />
      </Stack>
      {problems.quietHours !== undefined && (
        <FormHelperText error sx={{ mx: 0 }}>
          Quiet hours: {problems.quietHours}
        </FormHelperText>
      )}
      <FormHelperText sx={{ mx: 0 }}>During quiet hours and past the hourly limit a trigger is still recorded, but nothing is sent.</FormHelperText>
    </Stack>
  );
}
