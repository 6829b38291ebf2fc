import type { ScanTrigger } from './scan-view.js';

/** Who started a scan, in words: "manual" or "scheduled". */
export function scanTriggerText(trigger: ScanTrigger): string {
  return trigger === 'schedule' ? 'scheduled' : 'manual';
}
