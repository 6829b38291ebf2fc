import { Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography, useMediaQuery, useTheme } from '@mui/material';
import { DetailCard } from './detail-card.js';
import { formatAmount } from './format-amount.js';
import { formatQuantity } from './format-quantity.js';
import { PnlText } from './pnl-text.js';
import type { PositionValuation } from './position-valuation.js';

function PriceCell({ position }: { readonly position: PositionValuation }) {
  if (position.lastPrice === null) {
    return (
      <Tooltip title={position.priceError ?? 'no current price'}>
        <Typography component="span" variant="body2" color="warning.main">
          no price
        </Typography>
      </Tooltip>
    );
  }
  return (
    <>
      {position.stale && <Chip size="small" label="stale" color="warning" variant="outlined" sx={{ mr: 0.5, height: 18 }} />}
      {formatAmount(position.lastPrice, 4)}
    </>
  );
}

function PositionCard({ position }: { readonly position: PositionValuation }) {
  return (
    <DetailCard
      title={position.symbol}
      label={`${position.symbol} position`}
      rows={[
        ['Quantity', formatQuantity(position.quantity)],
        ['Avg price', formatAmount(position.averagePrice, 4)],
        ['Last', <PriceCell key="last" position={position} />],
        ['Market value', formatAmount(position.marketValue)],
        ['Unrealised P&L', <PnlText key="unrealised" amount={position.unrealizedPnl} percent={position.unrealizedPnlPercent} />],
        ['Realised P&L', <PnlText key="realised" amount={position.realizedPnl} />],
      ]}
    />
  );
}

/** Open positions valued at current quotes: quantity, average price, last price, value, unrealised and realised P&L; cards on a phone. */
export function PositionsView({ positions }: { readonly positions: readonly PositionValuation[] }) {
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  if (positions.length === 0) return <Typography color="text.secondary">No open positions. A filled buy order opens one.</Typography>;
  if (phone) {
    return (
      <Stack spacing={1} role="list" aria-label="Positions">
        {positions.map((position) => (
          <PositionCard key={position.symbol} position={position} />
        ))}
      </Stack>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Positions">
        <TableHead>
          <TableRow>
            <TableCell>Symbol</TableCell>
            <TableCell align="right">Quantity</TableCell>
            <TableCell align="right">Avg price</TableCell>
            <TableCell align="right">Last</TableCell>
            <TableCell align="right">Cost basis</TableCell>
            <TableCell align="right">Market value</TableCell>
            <TableCell align="right">Unrealised P&amp;L</TableCell>
            <TableCell align="right">Realised P&amp;L</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {positions.map((position) => (
            <TableRow key={position.symbol} hover data-position-symbol={position.symbol}>
              <TableCell component="th" scope="row">
                {position.symbol}
              </TableCell>
              <TableCell align="right">{formatQuantity(position.quantity)}</TableCell>
              <TableCell align="right">{formatAmount(position.averagePrice, 4)}</TableCell>
              <TableCell align="right">
                <PriceCell position={position} />
              </TableCell>
              <TableCell align="right">{formatAmount(position.costBasis)}</TableCell>
              <TableCell align="right">{formatAmount(position.marketValue)}</TableCell>
              <TableCell align="right">
                <PnlText amount={position.unrealizedPnl} percent={position.unrealizedPnlPercent} />
              </TableCell>
              <TableCell align="right">
                <PnlText amount={position.realizedPnl} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
