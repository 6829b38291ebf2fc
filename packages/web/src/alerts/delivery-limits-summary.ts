import type { AlertView } from './alert-view.js';

/** A rule's quiet hours and rate limit in words ("Quiet 22:00–07:00 Europe/Berlin · at most 5 an hour"), or null when it has neither. */
export function deliveryLimitsSummary(alert: Pick<AlertView, 'quietHours' | 'maxPerHour'>): string | null {
  const parts: string[] = [];
  if (alert.quietHours != null) parts.push(`Quiet ${alert.quietHours.start}–${alert.quietHours.end} ${alert.quietHours.timeZone}`);
  if (alert.maxPerHour != null) parts.push(`at most ${alert.maxPerHour} an hour`);
  return parts.length === 0 ? null : parts.join(' · ');
}
