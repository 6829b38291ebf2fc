/** A value as it should appear in an exclusion reason: strings quoted, numbers as written, others by type. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return value === null ? 'null' : typeof value;
}

const VISIBLE = /\S/;

/**
 * A string with something besides whitespace. A printable ASCII first character settles it without
 * the regex, at half its cost on a freshly concatenated reason; `trim()` would allocate.
 */
export function isNonEmptyString(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const first = value.charCodeAt(0);
  return (first > 32 && first < 127) || VISIBLE.test(value);
}

function isUnitInterval(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= 1;
}

function indicatorsProblem(indicators: unknown): string | null {
  if (typeof indicators !== 'object' || indicators === null) return `indicators is ${show(indicators)}, not an object of numbers`;
  // Safe: values are read as unknown and checked. for..in rather than Object.entries: no allocation per
  // vote; inherited names are skipped, but only asked about for a bad value, the rare case.
  const values = indicators as { readonly [name: string]: unknown };
  for (const name in values) {
    const value = values[name];
    if (typeof value === 'number' && Number.isFinite(value)) continue;
    if (Object.hasOwn(values, name)) return `indicator "${name}" is ${show(value)}, not a finite number`;
  }
  return null;
}

function riskProblem(risk: unknown): string | null {
  if (risk === undefined) return null;
  if (typeof risk !== 'object' || risk === null) return `risk is ${show(risk)}, not an object`;
  const { level, sizeMultiplier } = risk as { readonly level?: unknown; readonly sizeMultiplier?: unknown };
  if (level !== 'low' && level !== 'medium' && level !== 'high') return `risk.level ${show(level)} is not low, medium or high`;
  if (!isUnitInterval(sizeMultiplier)) return `risk.sizeMultiplier ${show(sizeMultiplier)} is not a number in 0..1`;
  return null;
}

/**
 * Why `output` is not a well-formed `AgentOutput`, or `null` when it is. Checked: the kind; for a
 * vote the action (BUY/SELL/HOLD), a confidence in 0..1 (NaN and infinities fail), finite indicator
 * values and, when present, a valid risk assessment; for an abstention a non-empty reason. Agents are
 * third-party code as far as the consensus is concerned, so nothing is assumed from their types.
 *
 * A vote's reasoning is not checked here: it explains a vote and never decides whether it counts,
 * and reading it would write it (see `AgentVote`). It is checked when written, where an empty or
 * failing one becomes a placeholder (see `settleAgentOutput` for hand-made votes).
 */
export function agentOutputProblem(output: unknown): string | null {
  if (typeof output !== 'object' || output === null) return `returned ${show(output)} instead of a vote or an abstention`;
  // Safe: the properties are read as unknown and each is checked below.
  const record = output as { readonly [key: string]: unknown };
  if (record.kind === 'abstain') {
    return isNonEmptyString(record.reason) ? null : `abstained without a reason (reason is ${show(record.reason)})`;
  }
  if (record.kind !== 'vote') return `output kind ${show(record.kind)} is neither "vote" nor "abstain"`;
  const { action, confidence } = record;
  if (action !== 'BUY' && action !== 'SELL' && action !== 'HOLD') return `action ${show(action)} is not BUY, SELL or HOLD`;
  if (!isUnitInterval(confidence)) return `confidence ${show(confidence)} is not a number in 0..1`;
  return indicatorsProblem(record.indicators) ?? riskProblem(record.risk);
}
