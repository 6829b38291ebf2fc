import type { TriggerRuleState } from '../storage/repositories/alert-trigger-repository.js';
import type { TriggerStatus } from '../storage/schema/alert-triggers.js';
import { isQuietAt } from './quiet-hours.js';

/**
 * The status of a trigger fired at `firedAt` (epoch ms): held back in the rule's quiet hours, held back once the
 * rule sent `maxPerHour` messages in the past hour, else sent. Quiet hours come first: a message held back by them
 * does not use up the hour's allowance.
 */
export function triggerStatus(rule: TriggerRuleState, firedAt: number): TriggerStatus {
  if (rule.quietHours !== null && isQuietAt(rule.quietHours, firedAt)) return 'quiet_hours';
  if (rule.maxPerHour !== null && rule.sentInLastHour >= rule.maxPerHour) return 'rate_limited';
  return 'sent';
}
