/** A system event an admin's `system` rule can watch: a market-data provider's circuit opening or closing. */
export type SystemEvent = 'provider_down' | 'provider_up';

/** Every system event with its name for people. */
export const SYSTEM_EVENTS: readonly { readonly event: SystemEvent; readonly label: string }[] = [
  { event: 'provider_down', label: 'provider down' },
  { event: 'provider_up', label: 'provider up' },
];
