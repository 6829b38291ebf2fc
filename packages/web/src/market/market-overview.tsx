import { Alert, Chip, Paper, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import { formatPrice } from '../signals/format-price.js';
import { ChangeText } from './change-text.js';
import type { QuoteItemView, QuoteView } from './quote-view.js';

interface MarketStatus {
  readonly market: string;
  readonly state: 'pre' | 'open' | 'post' | 'closed';
  readonly holiday: string | null;
}

const STATE_COLOR = { open: 'success', pre: 'warning', post: 'warning', closed: 'default' } as const;
const MINUTE = 60_000;

function QuoteRows({ quotes }: { readonly quotes: readonly QuoteView[] }) {
  return (
    <>
      {quotes.map((quote) => (
        <TableRow key={quote.symbol}>
          <TableCell>{quote.symbol}</TableCell>
          <TableCell align="right">{formatPrice(quote.price)}</TableCell>
          <TableCell align="right">
            <ChangeText percent={quote.changePercent} />
          </TableCell>
        </TableRow>
      ))}
    </>
  );
}

/** Market status per market, top movers of the followed symbols, and the sector ETFs. */
export function MarketOverview() {
  const status = useQuery({ queryKey: ['market', 'status'], queryFn: () => apiRequest<{ markets: MarketStatus[] }>('GET', '/market-data/market/status'), refetchInterval: MINUTE });
  const movers = useQuery({
    queryKey: ['market', 'movers'],
    queryFn: () => apiRequest<{ gainers: QuoteView[]; losers: QuoteView[] }>('GET', '/market-data/market/movers?limit=3'),
    refetchInterval: MINUTE,
  });
  const sectors = useQuery({
    queryKey: ['market', 'sectors'],
    queryFn: () => apiRequest<{ items: (QuoteItemView & { sector: string })[] }>('GET', '/market-data/market/sectors'),
    refetchInterval: 5 * MINUTE,
  });

  return (
    <Paper sx={{ p: 2 }} component="section" aria-label="Market overview">
      <Typography variant="h6" component="h2" gutterBottom>
        Markets
      </Typography>
      {status.isError && <Alert severity="error">{status.error.message}</Alert>}
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }}>
        {status.data?.markets.map((market) => (
          <Chip key={market.market} size="small" label={`${market.market} ${market.holiday ?? market.state}`} color={STATE_COLOR[market.state]} variant="outlined" />
        ))}
      </Stack>
      {movers.isError && <Alert severity="error">{movers.error.message}</Alert>}
      {movers.data !== undefined && (
        <Table size="small" aria-label="Top movers">
          <TableBody>
            <QuoteRows quotes={[...movers.data.gainers, ...movers.data.losers]} />
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        Sectors
      </Typography>
      {sectors.isError && <Alert severity="error">{sectors.error.message}</Alert>}
      {sectors.data !== undefined && (
        <Table size="small" aria-label="Sectors">
          <TableBody>
            {sectors.data.items.map((item) => (
              <TableRow key={item.symbol}>
                <TableCell>{item.sector}</TableCell>
                <TableCell align="right">
                  <ChangeText percent={item.quote?.changePercent ?? null} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
