const MAX_LABEL = 80;

function argumentText(value: unknown): string {
  if (typeof value === 'string') return /^[\w.\-=^/$]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(argumentText).join(', ')}]`;
  return JSON.stringify(value) ?? '';
}

function argumentsText(args: unknown): string {
  if (typeof args === 'string') {
    // A model's arguments may arrive as the JSON text it wrote.
    try {
      return argumentsText(JSON.parse(args));
    } catch {
      return args;
    }
  }
  if (typeof args === 'object' && args !== null && !Array.isArray(args)) return Object.values(args).map(argumentText).join(', ');
  return args === undefined ? '' : argumentText(args);
}

/**
 * A tool call as one short line, its argument values in order: `get_quote(AAPL)`, `search_knowledge("risk policy", 5)`.
 * Long calls end in `…`: the chip is a reminder of what was done, not the record of it.
 */
export function toolCallLabel(name: string, args: unknown): string {
  const label = `${name}(${argumentsText(args)})`;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 2)}…)` : label;
}
