import type { EarningsReport } from '@goldensignals/engine';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { earningsPublicTime, type AnnouncementTiming } from '../http/new-york-time.js';

const TIMING: Readonly<Record<string, AnnouncementTiming>> = { bmo: 'before-open', dmh: 'during-session', amc: 'after-close' };

/**
 * The reports of a `/calendar/earnings?symbol=` answer, oldest first, each dated when it became public
 * (`date` and `hour`: bmo / dmh / amc, see `earningsPublicTime`). This endpoint is used rather than
 * `/stock/earnings` because only it gives the announcement date; the fiscal period end that
 * `/stock/earnings` gives lies weeks before the numbers were known. Upcoming or estimate-less rows
 * (no `epsActual` or `epsEstimate`) are left out.
 */
export function readFinnhubEarnings(client: JsonHttpClient, symbol: string, body: unknown): EarningsReport[] {
  const reader = client.reader(`earnings of ${symbol}`);
  const reports: EarningsReport[] = [];
  reader.arrayField(reader.object(body, ''), 'earningsCalendar', '').forEach((value, i) => {
    const at = `earningsCalendar[${i}]`;
    const row = reader.object(value, at);
    const epsActual = reader.optionalNumber(row, 'epsActual', at);
    const epsEstimate = reader.optionalNumber(row, 'epsEstimate', at);
    if (epsActual === null || epsEstimate === null) return;
    const date = reader.string(row, 'date', at);
    const time = earningsPublicTime(date, TIMING[reader.optionalString(row, 'hour', at) ?? ''] ?? 'unknown');
    if (time === undefined) throw reader.problem(`${at}.date`, `is "${date}", expected a YYYY-MM-DD date`);
    const revenueActual = reader.optionalNumber(row, 'revenueActual', at);
    const revenueEstimate = reader.optionalNumber(row, 'revenueEstimate', at);
    reports.push({
      time,
      epsActual,
      epsEstimate,
      ...(revenueActual === null ? {} : { revenueActual }),
      ...(revenueEstimate === null ? {} : { revenueEstimate }),
    });
  });
  return reports.sort((a, b) => a.time - b.time);
}
