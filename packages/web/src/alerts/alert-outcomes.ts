import type { OutcomeKind } from '@goldensignals/engine';

/** How a signal ended, in words, in the order the form offers them. */
export const ALERT_OUTCOMES: readonly { readonly outcome: OutcomeKind; readonly label: string }[] = [
  { outcome: 'target', label: 'target hit' },
  { outcome: 'stop', label: 'stopped out' },
  { outcome: 'expired', label: 'expired' },
];
