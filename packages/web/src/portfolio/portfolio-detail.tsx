import { Alert, Box, Stack } from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../api/api-client.js';
import type { ApiError } from '../api/api-error.js';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { useLiveChannel } from '../live/use-live-channel.js';
import { AutoFollowSection } from './auto-follow/auto-follow-section.js';
import type { FillView } from './fill-view.js';
import { FillsView } from './fills-view.js';
import { OrderForm } from './order-form.js';
import type { OrderTicket } from './order-ticket.js';
import type { OrderView } from './order-view.js';
import { OrdersView } from './orders-view.js';
import type { PlacedOrder } from './placed-order.js';
import { PORTFOLIO_QUERY_KEYS as KEYS } from './portfolio-query-keys.js';
import { PortfolioTotals } from './portfolio-totals.js';
import type { PortfolioValuation } from './portfolio-valuation.js';
import { PositionsView } from './positions-view.js';
import { SectionPaper } from './section-paper.js';
import { SectionState } from './section-state.js';

// Prices move without portfolio events: the valuation is refreshed on this beat as well as on every change.
const REVALUE_MS = 15_000;
const FILLS_SHOWN = 50;

/** One portfolio: totals, positions, working orders, fills and the order ticket, refreshed live from `portfolio:<id>`. */
export function PortfolioDetail({ portfolioId }: { readonly portfolioId: string }) {
  const client = useQueryClient();
  const canEdit = useSessionStore((state) => roleAtLeast(state.user?.role, 'trader'));
  const base = `/portfolios/${encodeURIComponent(portfolioId)}`;
  const valuation = useQuery({ queryKey: KEYS.valuation(portfolioId), queryFn: () => apiRequest<PortfolioValuation>('GET', base), refetchInterval: REVALUE_MS });
  const orders = useQuery({
    queryKey: KEYS.workingOrders(portfolioId),
    queryFn: () => apiRequest<{ items: OrderView[] }>('GET', `${base}/orders?status=open,partially_filled`),
  });
  const fills = useQuery({ queryKey: KEYS.fills(portfolioId), queryFn: () => apiRequest<{ items: FillView[] }>('GET', `${base}/fills?limit=${FILLS_SHOWN}`) });
  const refresh = () => client.invalidateQueries({ queryKey: KEYS.of(portfolioId) });

  // Every order placed, cancelled or filled (the limit matcher's fills included) changes cash, positions and lists.
  useLiveChannel(`portfolio:${portfolioId}`, (message) => {
    if (message.type === 'portfolio') void refresh();
  });

  const cancel = useMutation<OrderView, ApiError, OrderView>({
    mutationFn: (order) => apiRequest<OrderView>('DELETE', `${base}/orders/${encodeURIComponent(order.id)}`),
    onSettled: () => refresh(),
  });

  async function place(ticket: OrderTicket): Promise<PlacedOrder> {
    const placed = await apiRequest<PlacedOrder>('POST', `${base}/orders`, ticket);
    void refresh();
    return placed;
  }

  return (
    <Stack spacing={2}>
      <SectionPaper title="Account">
        <SectionState query={valuation} loading="Valuing the portfolio…">
          {(data) => <PortfolioTotals valuation={data} />}
        </SectionState>
      </SectionPaper>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(280px, 1fr)' }, alignItems: 'start' }}>
        <Stack spacing={2} sx={{ order: { xs: 2, lg: 1 }, minWidth: 0 }}>
          <SectionPaper title="Positions">
            <SectionState query={valuation} loading="Loading positions…">
              {(data) => <PositionsView positions={data.positions} />}
            </SectionState>
          </SectionPaper>
          <SectionPaper title="Working orders">
            {cancel.isError && (
              <Alert severity="error" role="alert" sx={{ mb: 1 }} onClose={() => cancel.reset()}>
                {cancel.error.message}
              </Alert>
            )}
            <SectionState query={orders} loading="Loading orders…">
              {(data) => <OrdersView orders={data.items} onCancel={(order) => cancel.mutate(order)} cancelling={cancel.isPending ? (cancel.variables?.id ?? null) : null} />}
            </SectionState>
          </SectionPaper>
          <SectionPaper title="Fills">
            <SectionState query={fills} loading="Loading fills…">
              {(data) => <FillsView fills={data.items} />}
            </SectionState>
          </SectionPaper>
          <AutoFollowSection portfolioId={portfolioId} canEdit={canEdit} />
        </Stack>
        <Box sx={{ order: { xs: 1, lg: 2 } }}>
          <SectionPaper title="New order">
            <OrderForm key={portfolioId} onPlace={place} />
          </SectionPaper>
        </Box>
      </Box>
    </Stack>
  );
}
