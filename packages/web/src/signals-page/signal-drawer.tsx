import { Box, Button, Drawer, Stack, Typography } from '@mui/material';
import type { DrawerView } from './drawer-view.js';
import { SignalDetailsPanel } from './signal-details-panel.js';
import { SymbolHistoryPanel } from './symbol-history-panel.js';

export interface SignalDrawerProps {
  /** The views opened in turn, the shown one last; empty when closed. */
  readonly views: readonly DrawerView[];
  readonly onViewsChange: (views: readonly DrawerView[]) => void;
}

/** The side drawer of signal details and symbol histories, with "Back" through the views opened from one another. */
export function SignalDrawer({ views, onViewsChange }: SignalDrawerProps) {
  const shown = views.at(-1);
  const title = shown === undefined ? '' : shown.kind === 'details' ? 'Signal details' : 'Signal history';
  const open = (view: DrawerView): void => onViewsChange([...views, view]);
  return (
    <Drawer
      anchor="right"
      open={shown !== undefined}
      onClose={() => onViewsChange([])}
      slotProps={{ paper: { role: 'dialog', 'aria-label': title, sx: { width: { xs: '100%', sm: 600 }, p: 2 } } }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
        {views.length > 1 && (
          <Button size="small" onClick={() => onViewsChange(views.slice(0, -1))}>
            Back
          </Button>
        )}
        <Typography variant="overline" component="h2" sx={{ flexGrow: 1 }}>
          {title}
        </Typography>
        <Button size="small" onClick={() => onViewsChange([])}>
          Close
        </Button>
      </Stack>
      <Box>
        {shown?.kind === 'details' && <SignalDetailsPanel key={shown.signalId} signalId={shown.signalId} onShowHistory={(symbol) => open({ kind: 'history', symbol })} />}
        {shown?.kind === 'history' && <SymbolHistoryPanel key={shown.symbol} symbol={shown.symbol} onOpen={(signalId) => open({ kind: 'details', signalId })} />}
      </Box>
    </Drawer>
  );
}
