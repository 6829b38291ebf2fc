import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { apiRequest } from '../api/api-client.js';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { CreatePortfolioForm } from './create-portfolio-form.js';
import type { NewPortfolio } from './new-portfolio.js';
import { PortfolioDetail } from './portfolio-detail.js';
import { PORTFOLIO_QUERY_KEYS as KEYS } from './portfolio-query-keys.js';
import type { PortfolioSummary } from './portfolio-summary.js';

function PaperTrading() {
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: KEYS.list, queryFn: () => apiRequest<{ items: PortfolioSummary[] }>('GET', '/portfolios') });
  const create = useMutation<PortfolioSummary, Error, NewPortfolio>({
    mutationFn: (input) => apiRequest<PortfolioSummary>('POST', '/portfolios', input),
    onSuccess: async (created) => {
      await client.invalidateQueries({ queryKey: KEYS.list });
      setCreating(false);
      setParams({ portfolio: created.id });
    },
  });
  const portfolios = list.data?.items ?? [];
  const wanted = params.get('portfolio');
  // The one in the address (a reload or a shared link) when it is the caller's, else the oldest.
  const selected = portfolios.find((portfolio) => portfolio.id === wanted) ?? portfolios[0];

  if (list.isPending) return <Typography color="text.secondary">Loading portfolios…</Typography>;
  if (list.isError)
    return (
      <Alert severity="error" role="alert">
        {list.error.message}
      </Alert>
    );

  return (
    <Stack spacing={2}>
      <Paper sx={{ p: 2 }}>
        {selected === undefined ? (
          <Stack spacing={1}>
            <Typography>No paper portfolio yet. Open one with play money to trade at current quotes.</Typography>
            <CreatePortfolioForm onCreate={(input) => create.mutateAsync(input)} />
          </Stack>
        ) : creating ? (
          <CreatePortfolioForm onCreate={(input) => create.mutateAsync(input)} onCancel={() => setCreating(false)} />
        ) : (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
            <TextField select size="small" label="Portfolio" value={selected.id} onChange={(event) => setParams({ portfolio: event.target.value })} sx={{ minWidth: 240 }}>
              {portfolios.map((portfolio) => (
                <MenuItem key={portfolio.id} value={portfolio.id}>
                  {portfolio.name}
                </MenuItem>
              ))}
            </TextField>
            <Button onClick={() => setCreating(true)}>New portfolio</Button>
          </Stack>
        )}
      </Paper>
      {selected !== undefined && <PortfolioDetail key={selected.id} portfolioId={selected.id} />}
    </Stack>
  );
}

/** Paper trading: choose or open a portfolio, see its positions, orders, fills and P&L, and trade it (traders and admins). */
export function PortfolioPage() {
  const role = useSessionStore((state) => state.user?.role);
  return (
    <Stack spacing={2}>
      <Typography variant="h5" component="h1">
        Paper trading
      </Typography>
      {roleAtLeast(role, 'trader') ? (
        <PaperTrading />
      ) : (
        <Alert severity="info">Paper portfolios are for traders and admins. Ask an admin to change your role to trade.</Alert>
      )}
    </Stack>
  );
}
