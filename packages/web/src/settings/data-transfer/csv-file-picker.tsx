import { Button, Stack, Typography } from '@mui/material';
import { useRef, type ChangeEvent } from 'react';

/** A "Choose CSV file" button and the chosen file's name; the input hidden behind the button is named `label` for assistive technology. */
export function CsvFilePicker({ label, file, onPick, problem }: { readonly label: string; readonly file: File | null; readonly onPick: (file: File | null) => void; readonly problem?: string }) {
  const input = useRef<HTMLInputElement>(null);

  function picked(event: ChangeEvent<HTMLInputElement>): void {
    onPick(event.target.files?.[0] ?? null);
    // Cleared so picking the same file again (after fixing it) counts as a new pick.
    event.target.value = '';
  }

  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Button variant="outlined" onClick={() => input.current?.click()}>
        Choose CSV file
      </Button>
      <Typography variant="body2" color={problem === undefined ? 'text.secondary' : 'error'}>
        {problem ?? file?.name ?? 'No file chosen'}
      </Typography>
      <input ref={input} type="file" accept=".csv,text/csv" aria-label={label} onChange={picked} style={{ display: 'none' }} />
    </Stack>
  );
}
