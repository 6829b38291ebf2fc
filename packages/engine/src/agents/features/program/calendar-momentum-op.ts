import type { FeatureProgramBuilder } from './feature-program-builder.js';
import { OpKind } from './op-kind.js';
import type { ProgramNode } from './program-node.js';
import { CLOSE, DAY, initRing, ringAt, ringPush, ringSize } from './program-state.js';

// Calendar-momentum block: [lookback days, skip days, first day, last day, slot of the last day,
//                           ring of values, close by day × (lookback days + 1)].
const CALENDAR_OUT = 5;

/**
 * CalendarMomentum's value (close `skipDays` days ago over close `lookbackDays` days ago, minus 1,
 * each the last close at or before that UTC day) from one close per calendar day: a day without a
 * bar carries the previous day's close forward, so each target day is one array read. Bars must
 * arrive in time order (SymbolAnalysis enforces it).
 */
export function calendarMomentumNode(builder: FeatureProgramBuilder, lookbackDays: number, skipDays: number, history: number): ProgramNode {
  return builder.node(`calendar-momentum:${lookbackDays}:${skipDays}`, history, () => ({
    kind: OpKind.CalendarMomentum,
    size: (h) => CALENDAR_OUT + ringSize(h) + lookbackDays + 1,
    init(template, base, h) {
      template[base] = lookbackDays;
      template[base + 1] = skipDays;
      template[base + 2] = NaN;
      template[base + 3] = NaN;
      initRing(template, base + CALENDAR_OUT, h);
    },
  }));
}

export function calendarMomentumStep(s: Float64Array, base: number): void {
  const lookbackDays = s[base];
  const out = base + CALENDAR_OUT;
  const days = out + 2 + s[out];
  const capacity = lookbackDays + 1;
  const day = s[DAY];
  const lastDay = s[base + 3];
  // Slot of `day` in the by-day ring; each later day takes the next slot (modulo the capacity).
  let slot: number;
  if (Number.isNaN(lastDay)) {
    s[base + 2] = day;
    slot = 0;
  } else {
    slot = s[base + 4];
    if (day > lastDay) {
      const carried = s[days + slot];
      const gap = day - lastDay;
      for (let d = gap > capacity ? gap - capacity : 1; d < gap; d++) {
        slot = slot + 1 === capacity ? 0 : slot + 1;
        s[days + slot] = carried;
      }
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
  }
  s[days + slot] = s[CLOSE];
  s[base + 3] = day;
  s[base + 4] = slot;
  if (day - lookbackDays < s[base + 2]) return ringPush(s, out, NaN);
  // The ring holds lookbackDays + 1 days, so the start day is the slot after today's.
  const start = s[days + (slot + 1 === capacity ? 0 : slot + 1)];
  const endSlot = slot - s[base + 1];
  const end = s[days + (endSlot < 0 ? endSlot + capacity : endSlot)];
  // A zero or missing start price has no return; report no momentum rather than Infinity.
  ringPush(s, out, start > 0 ? end / start - 1 : 0);
}

/** The momentum `ago` bars back, NaN until a full lookback of calendar time has been seen. */
export function calendarMomentumAt(s: Float64Array, base: number, ago: number): number {
  return ringAt(s, base + CALENDAR_OUT, ago);
}
