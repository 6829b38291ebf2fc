import type { AccountRole } from '../auth/session.js';

/** A page of the app: where it lives, its name in the navigation, and the least role that sees it. */
export interface NavItem {
  readonly path: string;
  readonly label: string;
  readonly role: AccountRole;
}

/** The pages in navigation order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'Dashboard', role: 'viewer' },
  { path: '/signals', label: 'Signals', role: 'viewer' },
  { path: '/chart', label: 'Chart', role: 'viewer' },
  { path: '/analytics', label: 'Analytics', role: 'viewer' },
  { path: '/portfolio', label: 'Portfolio', role: 'trader' },
  { path: '/alerts', label: 'Alerts', role: 'trader' },
  { path: '/ai-lab', label: 'AI lab', role: 'viewer' },
  { path: '/settings', label: 'Settings', role: 'viewer' },
  { path: '/admin', label: 'Admin', role: 'admin' },
];
