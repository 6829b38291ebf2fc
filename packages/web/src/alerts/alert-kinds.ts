/** What an alert rule watches (the server's `ALERT_KINDS`, plus `system` for admins). */
export type AlertKind = 'price_above' | 'price_below' | 'signal' | 'signal_outcome' | 'indicator_above' | 'indicator_below' | 'system';

/** Every kind with its name for people, in the order the form offers them; `system` is for admins only. */
export const ALERT_KINDS: readonly { readonly kind: AlertKind; readonly label: string; readonly adminOnly: boolean }[] = [
  { kind: 'price_above', label: 'Price above', adminOnly: false },
  { kind: 'price_below', label: 'Price below', adminOnly: false },
  { kind: 'signal', label: 'New signal', adminOnly: false },
  { kind: 'signal_outcome', label: 'Signal outcome', adminOnly: false },
  { kind: 'indicator_above', label: 'Indicator above', adminOnly: false },
  { kind: 'indicator_below', label: 'Indicator below', adminOnly: false },
  { kind: 'system', label: 'System event', adminOnly: true },
];

/** Kinds whose rule may watch every symbol (`*`): a price or an indicator needs one market to follow. */
export const ANY_SYMBOL_KINDS: readonly AlertKind[] = ['signal', 'signal_outcome', 'system'];

/** The kind's name for people; an unknown kind (a newer server) as it is named. */
export function alertKindLabel(kind: string): string {
  return ALERT_KINDS.find((option) => option.kind === kind)?.label ?? kind;
}
