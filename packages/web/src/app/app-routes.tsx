import type { ReactElement } from 'react';
import { DashboardPage } from '../pages/dashboard-page.js';

/** The page component of each path in {@link NAV_ITEMS}. */
export const PAGES: Readonly<Record<string, () => ReactElement>> = {
  '/': () => <DashboardPage />,
};
