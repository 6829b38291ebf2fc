import type { StrategyParamSpec } from './strategy-definition.js';

/** Checks one parameter value (a number or its text, as `--param k=v` gives it) against its spec. */
export function strategyParamValue(strategy: string, spec: StrategyParamSpec, raw: string | number): number {
  const text = typeof raw === 'number' ? String(raw) : raw.trim();
  const value = typeof raw === 'number' ? raw : text === '' ? NaN : Number(text);
  const kind = spec.type === 'integer' ? 'an integer' : 'a number';
  const bounds = [spec.min === undefined ? '' : ` >= ${spec.min}`, spec.max === undefined ? '' : ` <= ${spec.max}`].filter(Boolean).join(' and');
  const fail = (): never => {
    throw new RangeError(`strategy ${strategy}: parameter ${spec.name} must be ${kind}${bounds}, got "${text}"`);
  };
  if (!Number.isFinite(value)) fail();
  if (spec.type === 'integer' && !Number.isInteger(value)) fail();
  if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) fail();
  return value;
}
