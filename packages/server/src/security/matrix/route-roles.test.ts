import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../auth/route-role.js';
import { loadConfig } from '../../config/load-config.js';
import { createServer, type GoldenSignalsServer } from '../../runtime/create-server.js';
import { routeRoles } from '../../app/route-roles.js';
import { routeRolesMarkdown } from './route-roles-markdown.js';

const DOCUMENT = fileURLToPath(new URL('../../../../../docs/api-roles.md', import.meta.url));
const START = '<!-- route-roles:start -->';
const END = '<!-- route-roles:end -->';

/** The text between the markers, and the document with `table` there instead. */
function tableSection(document: string, table: string): { current: string; updated: string } {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${DOCUMENT} lacks the markers ${START} and ${END}`);
  return { current: document.slice(start + START.length, end).trim(), updated: `${document.slice(0, start + START.length)}\n${table}\n${document.slice(end)}` };
}

describe('routeRolesMarkdown', () => {
  it('writes a markdown table, flagging a route that declares no role', () => {
    expect(
      routeRolesMarkdown([
        { method: 'GET', url: '/api/v1/open', role: null },
        { method: 'POST', url: '/api/v1/things/{id}', role: 'trader' },
      ]),
    ).toBe(['| Method | Path | Least role |', '| --- | --- | --- |', '| GET | `/api/v1/open` | **none declared: open to anyone** |', '| POST | `/api/v1/things/{id}` | trader |'].join('\n'));
  });
});

describe('the route-role table of the real app', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-route-roles-'));
  let server: GoldenSignalsServer;

  beforeAll(async () => {
    const config = loadConfig({ env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent' }, file: null });
    server = await createServer(config, { logger: false, schedule: false });
    await server.app.ready();
    // A whole server with its migrations: slow on a loaded machine.
  }, 90_000);

  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('covers exactly the /api/v1 operations of the OpenAPI document, each declaring a role', () => {
    const document = server.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    const entries = routeRoles(server.app);

    expect(entries.map((entry) => `${entry.method} ${entry.url}`).sort()).toEqual(operations.sort());
    expect(entries.filter((entry) => entry.role === null)).toEqual([]);
    expect(entries.length).toBeGreaterThan(50);
  });

  it('matches the table in docs/api-roles.md (UPDATE_ROLE_TABLE=1 rewrites it)', () => {
    const table = routeRolesMarkdown(routeRoles(server.app));
    const document = readFileSync(DOCUMENT, 'utf8');
    const { current, updated } = tableSection(document, table);
    if (current !== table && process.env.UPDATE_ROLE_TABLE === '1') {
      writeFileSync(DOCUMENT, updated);
      return;
    }
    // The fresh table is in the failure message, ready to paste between the markers.
    expect(current, `docs/api-roles.md is out of date; put this between the route-roles markers (or run with UPDATE_ROLE_TABLE=1):\n\n${table}\n`).toBe(table);
  });
});
