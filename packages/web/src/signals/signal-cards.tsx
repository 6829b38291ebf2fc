import { Card, CardContent, Stack, Typography } from '@mui/material';
import { ActionChip } from './action-chip.js';
import { formatPrice } from './format-price.js';
import type { SignalView } from './signal-view.js';

/** Signals as cards, for phone widths where a table's columns do not fit. */
export function SignalCards({ signals, label }: { readonly signals: readonly SignalView[]; readonly label: string }) {
  return (
    <Stack spacing={1} component="ul" aria-label={label} sx={{ listStyle: 'none', p: 0, m: 0 }}>
      {signals.map((signal) => (
        <Card key={signal.id} component="li" data-signal-id={signal.id} variant="outlined">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
              <Typography variant="subtitle1">
                {signal.symbol}{' '}
                <Typography component="span" variant="caption" color="text.secondary">
                  {signal.timeframe}
                </Typography>
              </Typography>
              <ActionChip action={signal.action} />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {Math.round(signal.confidence * 100)}% confidence · {signal.riskLevel} risk · {formatPrice(signal.price)}
            </Typography>
            {signal.stopLoss !== null && (
              <Typography variant="body2" color="text.secondary">
                stop {formatPrice(signal.stopLoss)} · target {formatPrice(signal.takeProfit)}
              </Typography>
            )}
            <Typography variant="caption" color="text.secondary">
              {new Date(signal.time).toLocaleString()}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
