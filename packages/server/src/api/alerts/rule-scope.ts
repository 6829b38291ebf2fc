import type { Caller } from '../../auth/caller.js';
import { AppError } from '../../errors/app-error.js';
import { EVERY_SYMBOL } from '../../storage/repositories/alert-repository.js';
import { ADMIN_ALERT_KINDS, EVERY_SYMBOL_KINDS, type AlertKind } from '../../alerts/alert-conditions.js';

/**
 * Checks who may have a rule of `kind` on `symbol`: `system` rules are admins' (403 otherwise) and watch `*` only;
 * `*` (every symbol) is for signal, outcome and system rules. Problems are 400s naming `body.symbol`.
 */
export function checkRuleScope(caller: Caller, kind: string, symbol: string): void {
  if ((ADMIN_ALERT_KINDS as readonly string[]).includes(kind) && caller.role !== 'admin') {
    throw new AppError('GS_ERR_FORBIDDEN', `${kind} alerts tell about the whole install and are for admins; ${caller.apiKeyId === undefined ? 'your account' : 'this API key'} has ${caller.role}`);
  }
  if (kind === 'system' && symbol !== EVERY_SYMBOL) throw AppError.invalid('body.symbol', 'must be * for a system alert (it watches the market data providers, not a symbol)');
  if (symbol === EVERY_SYMBOL && !(EVERY_SYMBOL_KINDS as readonly string[]).includes(kind as AlertKind)) {
    throw AppError.invalid('body.symbol', `* (every symbol) is only for ${EVERY_SYMBOL_KINDS.join(', ')} alerts; a ${kind} alert needs a symbol`);
  }
}
