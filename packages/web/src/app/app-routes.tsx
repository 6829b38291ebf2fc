import { Typography } from '@mui/material';
import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { DashboardPage } from '../pages/dashboard-page.js';

/** A page loaded on first visit: only the dashboard is in the initial bundle (the budget is 350 KB gzip). */
function lazyPage(load: () => Promise<ComponentType>): () => ReactElement {
  const Page = lazy(async () => ({ default: await load() }));
  return () => (
    <Suspense fallback={<Typography color="text.secondary">Loading…</Typography>}>
      <Page />
    </Suspense>
  );
}

/** The page component of each path in {@link NAV_ITEMS}. */
export const PAGES: Readonly<Record<string, () => ReactElement>> = {
  '/': () => <DashboardPage />,
  '/signals': lazyPage(async () => (await import('../signals-page/signals-page.js')).SignalsPage),
  '/analytics': lazyPage(async () => (await import('../analytics/analytics-page.js')).AnalyticsPage),
  '/chart': lazyPage(async () => (await import('../chart/chart-page.js')).ChartPage),
  '/alerts': lazyPage(async () => (await import('../alerts/alerts-page.js')).AlertsPage),
  '/portfolio': lazyPage(async () => (await import('../portfolio/portfolio-page.js')).PortfolioPage),
  '/ai-lab': lazyPage(async () => (await import('../ai-lab/ai-lab-page.js')).AiLabPage),
  '/settings': lazyPage(async () => (await import('../settings/settings-page.js')).SettingsPage),
  '/admin': lazyPage(async () => (await import('../admin/admin-page.js')).AdminPage),
};
