import type { RouteRoleEntry } from '../../app/route-role-entry.js';

/** A markdown table of the operations and their least roles, one row per entry, in the order given. */
export function routeRolesMarkdown(entries: readonly RouteRoleEntry[]): string {
  const rows = entries.map((entry) => `| ${entry.method} | \`${entry.url}\` | ${entry.role ?? '**none declared: open to anyone**'} |`);
  return ['| Method | Path | Least role |', '| --- | --- | --- |', ...rows].join('\n');
}
