import { Alert, Box, Button, Collapse, Paper, Stack, Typography, useMediaQuery, useTheme } from '@mui/material';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { apiRequest } from '../api/api-client.js';
import { roleAtLeast } from '../auth/role-at-least.js';
import { useSessionStore } from '../auth/session-store.js';
import { useLiveChannel } from '../live/use-live-channel.js';
import type { SignalView } from '../signals/signal-view.js';
import type { DrawerView } from './drawer-view.js';
import { DEFAULT_SIGNAL_SORT } from './default-signal-sort.js';
import { filtersFromSearchParams } from './filters-from-search-params.js';
import { GenerateSignalControl } from './generate-signal-control.js';
import { readableSearch } from './readable-search.js';
import { searchParamsFromFilters } from './search-params-from-filters.js';
import { SignalFilterForm } from './signal-filter-form.js';
import type { SignalPageAnswer } from './signal-page-answer.js';
import { SignalDrawer } from './signal-drawer.js';
import type { SignalsPageState } from './signals-page-state.js';
import { signalsQueryString } from './signals-query-string.js';
import { SignalsListTable } from './signals-list-table.js';
import { sortSignals } from './sort-signals.js';
import { SortSelect } from './sort-select.js';
import { ScansSection } from '../scans/scans-section.js';

const PAGE_SIZE = 50;

/**
 * `/signals`: every stored signal, filtered and sorted, paged with "Load more"; a row opens its votes and the symbol's
 * history. The filters and the sort live in the address, so a view can be bookmarked, shared and reloaded, and Back
 * and Forward step through the filters applied.
 */
export function SignalsPage() {
  const role = useSessionStore((state) => state.user?.role);
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'));
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { filters, sort } = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const [views, setViews] = useState<readonly DrawerView[]>([]);
  const [pushedIds, setPushedIds] = useState<readonly string[]>([]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const list = useInfiniteQuery({
    queryKey: ['signals', 'list', signalsQueryString(filters)],
    queryFn: ({ pageParam }) => apiRequest<SignalPageAnswer>('GET', `/signals?${signalsQueryString(filters, pageParam, PAGE_SIZE)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  useLiveChannel('signals', (message) => {
    if (message.type === 'signal') setPushedIds((current) => [...current, (message.data as SignalView).id].slice(-500));
  });

  const signals = list.data?.pages.flatMap((page) => page.items) ?? [];
  const loadedIds = new Set(signals.map((signal) => signal.id));
  // Pushed signals are only announced, not inserted: rows must not move under the pointer, and filters apply server-side.
  const fresh = pushedIds.filter((id) => !loadedIds.has(id)).length;
  const filtered = searchParamsFromFilters({ filters, sort: DEFAULT_SIGNAL_SORT }).toString() !== '';

  // Each filter applied is a step of the history; a new sort only replaces the address, or sorting would fill Back.
  function show(next: SignalsPageState, step: 'push' | 'replace'): void {
    const search = readableSearch(searchParamsFromFilters(next));
    if (search !== location.search) void navigate({ search }, { replace: step === 'replace' });
  }

  function reload(): void {
    setPushedIds([]);
    void queryClient.invalidateQueries({ queryKey: ['signals', 'list'] });
  }

  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' } }}>
        <Typography variant="h5" component="h1">
          Signals
        </Typography>
        {roleAtLeast(role, 'trader') && (
          <GenerateSignalControl
            onGenerated={(signal) => {
              reload();
              setViews([{ kind: 'details', signalId: signal.id }]);
            }}
          />
        )}
      </Stack>
      {signals.some((signal) => signal.simulated) && (
        <Alert severity="warning" variant="outlined">
          Simulated data: these signals come from the built-in market simulator, not from a market.
        </Alert>
      )}
      {phone && (
        <Box>
          <Button size="small" variant="outlined" aria-expanded={filtersOpen} aria-controls="signal-filters" onClick={() => setFiltersOpen((open) => !open)}>
            {filtersOpen ? 'Hide filters' : filtered ? 'Filters (on)' : 'Filters'}
          </Button>
        </Box>
      )}
      {/* On a phone the filters fold away: they would push the list below the first screen. */}
      <Collapse in={!phone || filtersOpen} id="signal-filters">
        <Paper sx={{ p: 2 }}>
          <SignalFilterForm initial={filters} onApply={(applied) => show({ filters: applied, sort }, 'push')} />
        </Paper>
      </Collapse>
      <Paper sx={{ p: { xs: 1, sm: 2 } }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="body2" color="text.secondary" aria-live="polite">
            {list.isSuccess && `${signals.length} signal${signals.length === 1 ? '' : 's'} loaded${list.hasNextPage ? ', more available' : ''}`}
            {!phone && list.isSuccess && signals.length > 1 && ' · sorting applies to the loaded signals'}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            {fresh > 0 && (
              <Button size="small" variant="outlined" onClick={reload}>
                {fresh} new signal{fresh === 1 ? '' : 's'}: refresh
              </Button>
            )}
            {phone && <SortSelect sort={sort} onSortChange={(chosen) => show({ filters, sort: chosen }, 'replace')} />}
          </Stack>
        </Stack>
        {list.isPending && <Typography color="text.secondary">Loading signals…</Typography>}
        {list.isError && (
          <Alert severity="error" role="alert">
            {list.error.message}
          </Alert>
        )}
        {list.isSuccess && signals.length === 0 && (
          <Typography color="text.secondary">{filtered ? 'No signals match these filters.' : 'No signals yet. They appear here as soon as they are generated.'}</Typography>
        )}
        {list.isSuccess && signals.length > 0 && (
          <SignalsListTable signals={sortSignals(signals, sort)} sort={sort} onSortChange={(chosen) => show({ filters, sort: chosen }, 'replace')} onOpen={(signal) => setViews([{ kind: 'details', signalId: signal.id }])} />
        )}
        {list.hasNextPage && (
          <Box sx={{ display: 'flex', justifyContent: 'center', mt: 1.5 }}>
            <Button variant="outlined" size="small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </Button>
          </Box>
        )}
      </Paper>
      <ScansSection canSubmit={roleAtLeast(role, 'trader')} onOpenSignal={(signalId) => setViews([{ kind: 'details', signalId }])} />
      <SignalDrawer views={views} onViewsChange={setViews} />
    </Stack>
  );
}
