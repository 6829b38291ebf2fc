import { Box, Button, List, ListItem, Typography } from '@mui/material';
import { ScanStatusChip } from './scan-status-chip.js';
import type { ScanItemView } from './scan-view.js';

/** What {@link ScanItemsList} shows and reports. */
export interface ScanItemsListProps {
  readonly items: readonly ScanItemView[];
  readonly onOpenSignal: (signalId: string) => void;
}

/** Each symbol of a scan, compact: its state, the error of a failed one, and a button opening the signal of a done one. */
export function ScanItemsList({ items, onOpenSignal }: ScanItemsListProps) {
  return (
    // A scan holds up to 500 symbols: the list scrolls rather than pushing the page down.
    <List dense disablePadding aria-label="Scanned symbols" sx={{ maxHeight: 320, overflowY: 'auto' }}>
      {items.map(({ signalId, ...item }) => (
        <ListItem key={item.symbol} disableGutters data-symbol={item.symbol} data-item-status={item.status} sx={{ gap: 1, flexWrap: 'wrap', py: 0.25 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 80 }}>
            {item.symbol}
          </Typography>
          <ScanStatusChip status={item.status} />
          {item.status === 'failed' && item.error !== null && (
            <Typography variant="body2" color="error" sx={{ flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' }}>
              {item.error}
            </Typography>
          )}
          {signalId !== null && (
            <Box sx={{ ml: 'auto' }}>
              <Button size="small" onClick={() => onOpenSignal(signalId)} aria-label={`Open the ${item.symbol} signal`}>
                Open signal
              </Button>
            </Box>
          )}
        </ListItem>
      ))}
    </List>
  );
}
