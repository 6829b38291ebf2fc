import { FormHelperText, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useId } from 'react';

/** What {@link ChoiceToggles} shows: its label, the options, which are on, and a problem or hint below. */
export interface ChoiceTogglesProps<T extends string> {
  readonly label: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: readonly T[];
  readonly onChange: (value: T[]) => void;
  readonly problem?: string;
  readonly hint?: string;
}

/** Several options of which any may be on (actions, risk levels, channels…), as one labelled group of toggles. */
export function ChoiceToggles<T extends string>({ label, options, value, onChange, problem, hint }: ChoiceTogglesProps<T>) {
  const id = useId();
  return (
    <Stack spacing={0.25}>
      <Typography variant="caption" color={problem === undefined ? 'text.secondary' : 'error'} id={`${id}-label`}>
        {label}
      </Typography>
      <ToggleButtonGroup
        size="small"
        value={[...value]}
        // Options keep their order, however they were clicked.
        onChange={(_event, next: T[]) => onChange(options.map((option) => option.value).filter((option) => next.includes(option)))}
        aria-labelledby={`${id}-label`}
        aria-describedby={problem !== undefined || hint !== undefined ? `${id}-help` : undefined}
        sx={{ flexWrap: 'wrap' }}
      >
        {options.map((option) => (
          <ToggleButton key={option.value} value={option.value} sx={{ px: 1.25, py: 0.25 }}>
            {option.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {(problem ?? hint) !== undefined && (
        <FormHelperText id={`${id}-help`} error={problem !== undefined} sx={{ mx: 0 }}>
          {problem ?? hint}
        </FormHelperText>
      )}
    </Stack>
  );
}
