import type { ParamSet } from '@goldensignals/engine';

/** `fast=10 slow=30`, or "-" for none. */
export function formatParams(params: ParamSet | null): string {
  if (params === null) return '-';
  const entries = Object.entries(params);
  return entries.length === 0 ? '(no parameters)' : entries.map(([name, value]) => `${name}=${value}`).join(' ');
}
