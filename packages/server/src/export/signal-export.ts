import type { Queryable } from '../storage/database.js';
import { MAX_SIGNAL_PAGE, SignalRepository } from '../storage/repositories/signal-repository.js';
import type { SignalFilters } from '../storage/repositories/signal-filters.js';
import { csvHeader, csvRows } from './csv-writer.js';
import type { ExportFormat } from './export-format.js';
import { SIGNAL_CSV_COLUMNS, type SignalExportRow } from './signal-csv-columns.js';
import { agentsForAction, signalVotesOf } from './signal-votes-of.js';

interface Page {
  readonly rows: readonly SignalExportRow[];
  readonly nextCursor: string | null;
}

async function readPage(db: Queryable, repository: SignalRepository, filters: SignalFilters, cursor: string | null, size: number): Promise<Page> {
  const page = await repository.list(filters, cursor, size);
  const votes = await signalVotesOf(db, page.items.map((signal) => signal.id));
  return { rows: page.items.map((signal) => ({ signal, agents: agentsForAction(signal.action, votes.get(signal.id) ?? []) })), nextCursor: page.nextCursor };
}

/**
 * The signals matching `filters`, newest first, at most `limit`, as the text of a CSV or JSON (`{ "signals": [...] }`)
 * document in pieces of one page (500 signals) each: an export of 100,000 signals never sits in memory whole. The
 * first page is read before this returns, so a failing database is an error answer rather than a cut-off download.
 */
export async function signalExportChunks(db: Queryable, filters: SignalFilters, limit: number, format: ExportFormat): Promise<AsyncIterable<string>> {
  const repository = new SignalRepository(db);
  const first = await readPage(db, repository, filters, null, Math.min(limit, MAX_SIGNAL_PAGE));
  async function* pages(): AsyncGenerator<readonly SignalExportRow[]> {
    let page = first;
    let remaining = limit;
    for (;;) {
      yield page.rows;
      remaining -= page.rows.length;
      if (page.nextCursor === null || remaining <= 0) return;
      page = await readPage(db, repository, filters, page.nextCursor, Math.min(remaining, MAX_SIGNAL_PAGE));
    }
  }
  return format === 'csv' ? csvChunks(pages()) : jsonChunks(pages());
}

async function* csvChunks(pages: AsyncIterable<readonly SignalExportRow[]>): AsyncGenerator<string> {
  yield csvHeader(SIGNAL_CSV_COLUMNS);
  for await (const rows of pages) if (rows.length > 0) yield csvRows(SIGNAL_CSV_COLUMNS, rows);
}

async function* jsonChunks(pages: AsyncIterable<readonly SignalExportRow[]>): AsyncGenerator<string> {
  yield '{"signals":[';
  let first = true;
  for await (const rows of pages) {
    if (rows.length === 0) continue;
    yield (first ? '' : ',') + rows.map((row) => JSON.stringify(row.signal)).join(',');
    first = false;
  }
  yield ']}';
}
