import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useId } from 'react';
import type { SignalSort } from './signal-sort.js';

const OPTIONS: readonly { readonly label: string; readonly sort: SignalSort }[] = [
  { label: 'Newest bar', sort: { key: 'time', direction: 'desc' } },
  { label: 'Oldest bar', sort: { key: 'time', direction: 'asc' } },
  { label: 'Highest confidence', sort: { key: 'confidence', direction: 'desc' } },
  { label: 'Strongest consensus', sort: { key: 'consensusStrength', direction: 'desc' } },
  { label: 'Best outcome', sort: { key: 'outcome', direction: 'desc' } },
  { label: 'Worst outcome', sort: { key: 'outcome', direction: 'asc' } },
  { label: 'Symbol A–Z', sort: { key: 'symbol', direction: 'asc' } },
];

function nameOf(sort: SignalSort): string {
  return `${sort.key}:${sort.direction}`;
}

/** The sort order as a menu, for phone widths where the cards have no column headers. */
export function SortSelect({ sort, onSortChange }: { readonly sort: SignalSort; readonly onSortChange: (sort: SignalSort) => void }) {
  const labelId = useId();
  const current = OPTIONS.some((option) => nameOf(option.sort) === nameOf(sort)) ? nameOf(sort) : '';
  return (
    <FormControl size="small" sx={{ minWidth: 170 }}>
      <InputLabel id={labelId}>Sort by</InputLabel>
      <Select
        labelId={labelId}
        label="Sort by"
        value={current}
        onChange={(event) => {
          const chosen = OPTIONS.find((option) => nameOf(option.sort) === event.target.value);
          if (chosen !== undefined) onSortChange(chosen.sort);
        }}
      >
        {OPTIONS.map((option) => (
          <MenuItem key={nameOf(option.sort)} value={nameOf(option.sort)}>
            {option.label}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
