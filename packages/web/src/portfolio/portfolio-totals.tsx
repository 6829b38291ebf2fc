import { Box, Chip, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { formatAmount } from './format-amount.js';
import { PnlText } from './pnl-text.js';
import type { PortfolioValuation } from './portfolio-valuation.js';

function Figure({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="h6" component="div" sx={{ fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>
        {children}
      </Typography>
    </Box>
  );
}

/**
 * Cash, market value, equity and P&L at current quotes. The API keeps no equity history, so this is the current
 * equity only (no chart); equity and unrealised P&L are `–` while a position has no price.
 */
export function PortfolioTotals({ valuation }: { readonly valuation: PortfolioValuation }) {
  return (
    <Stack spacing={1} aria-label="Portfolio totals" role="group">
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(6, minmax(0, 1fr))' } }}>
        <Figure label={`Equity (${valuation.currency})`}>{formatAmount(valuation.equity)}</Figure>
        <Figure label="Cash">{formatAmount(valuation.cash)}</Figure>
        <Figure label="Market value">{formatAmount(valuation.marketValue)}</Figure>
        <Figure label="Unrealised P&L">
          <PnlText amount={valuation.unrealizedPnl} />
        </Figure>
        <Figure label="Realised P&L">
          <PnlText amount={valuation.realizedPnl} />
        </Figure>
        <Figure label="Return">
          <PnlText amount={valuation.returnPercent === null ? null : valuation.returnPercent.toFixed(2)} suffix="%" />
        </Figure>
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="caption" color="text.secondary">
          Started with {formatAmount(valuation.initialCash)} {valuation.currency}. Valued at current quotes; no equity history is kept.
        </Typography>
        {valuation.simulated && <Chip size="small" color="warning" variant="outlined" label="Simulated prices" />}
        {valuation.stale && <Chip size="small" color="warning" variant="outlined" label="Stale prices" />}
      </Stack>
    </Stack>
  );
}
