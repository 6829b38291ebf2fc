import { Alert, Button, Stack, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { checkAmount } from './check-amount.js';
import { fieldProblemsOf } from './field-problems-of.js';
import type { FieldProblems } from './field-problems.js';
import type { NewPortfolio } from './new-portfolio.js';

interface CreatePortfolioFormProps {
  readonly onCreate: (input: NewPortfolio) => Promise<unknown>;
  readonly onCancel?: () => void;
}

/** Opens a paper portfolio: a name and the starting cash. */
export function CreatePortfolioForm({ onCreate, onCancel }: CreatePortfolioFormProps) {
  const [name, setName] = useState('');
  const [initialCash, setInitialCash] = useState('100000');
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setFailure(null);
    const cashProblem = checkAmount(initialCash, 8);
    const found = { ...(name.trim() === '' ? { name: 'required' } : {}), ...(cashProblem === null ? {} : { initialCash: cashProblem }) };
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    try {
      await onCreate({ name: name.trim(), initialCash: initialCash.trim() });
    } catch (error) {
      const byField = fieldProblemsOf(error);
      setProblems(byField);
      if (byField.name === undefined && byField.initialCash === undefined) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <Stack component="form" noValidate onSubmit={(event: FormEvent) => void submit(event)} spacing={1} aria-label="Create a portfolio">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' } }}>
        <TextField
          size="small"
          label="Portfolio name"
          value={name}
          onChange={(event) => (setName(event.target.value), setProblems((current) => ({ ...current, name: undefined })))}
          error={problems.name !== undefined}
          helperText={problems.name}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <TextField
          size="small"
          label="Starting cash"
          value={initialCash}
          onChange={(event) => (setInitialCash(event.target.value), setProblems((current) => ({ ...current, initialCash: undefined })))}
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
