import { Alert, Button, Stack, TextField } from '@mui/material';
import type { FormEvent } from 'react';
import { checkAmount } from './check-amount.js';
import { useCheckedForm, type CheckResult } from '../forms/use-checked-form.js';
import type { NewPortfolio } from './new-portfolio.js';

interface CreatePortfolioFormProps {
  readonly onCreate: (input: NewPortfolio) => Promise<unknown>;
  readonly onCancel?: () => void;
}

/** Opens a paper portfolio: a name and the starting cash. */
export function CreatePortfolioForm({ onCreate, onCancel }: CreatePortfolioFormProps) {
  const { fields, problems, failure, pending, change, submit } = useCheckedForm({
    initial: { name: '', initialCash: '100000' },
    check: (current: NewPortfolio): CheckResult<NewPortfolio> => {
      const cashProblem = checkAmount(current.initialCash, 8);
      const found = { ...(current.name.trim() === '' ? { name: 'required' } : {}), ...(cashProblem === null ? {} : { initialCash: cashProblem }) };
      return Object.keys(found).length > 0 ? { problems: found } : { value: { name: current.name.trim(), initialCash: current.initialCash.trim() } };
    },
    send: onCreate,
    formFields: ['name', 'initialCash'],
  });

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1} aria-label="Create a portfolio">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          label="Portfolio name"
          value={fields.name}
          onChange={(event) => change('name', event.target.value)}
          error={problems.name !== undefined}
          helperText={problems.name}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          size="small"
          label="Starting cash"
          value={fields.initialCash}
          onChange={(event) => change('initialCash', event.target.value)}
          error={problems.initialCash !== undefined}
          helperText={problems.initialCash ?? 'USD'}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <Stack direction="row" spacing={1}>
          <Button type="submit" variant="contained" disabled={pending}>
            Create portfolio
          </Button>
          {onCancel && <Button onClick={onCancel}>Cancel</Button>}
        </Stack>
      </Stack>
      {failure !== null && (
        <Alert severity="error" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
