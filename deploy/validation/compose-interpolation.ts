import { isMapping } from './unknown-value.js';

/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?message}`, `${NAME?message}`; `$$` is a literal `$`. */
const REFERENCE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Names of the variables a compose value refers to. */
export function composeVariableNames(value: unknown): Set<string> {
  const names = new Set<string>();
  visitStrings(value, (text) => {
    for (const match of text.matchAll(REFERENCE)) {
      const name = match[1] ?? match[4];
      if (name !== undefined) names.add(name);
    }
    return text;
  });
  return names;
}

/**
 * The compose file with its variables replaced as `docker compose` replaces them from `.env`: defaults apply to
 * unset (`-`) or unset-or-empty (`:-`) variables; a required one (`?`, `:?`) that is missing throws its message.
 */
export function interpolateCompose(value: unknown, variables: ReadonlyMap<string, string>): unknown {
  return visitStrings(value, (text) =>
    text.replace(REFERENCE, (whole: string, braced: string | undefined, operator: string | undefined, argument: string | undefined, bare: string | undefined) => {
      if (whole === '$$') return '$';
      const name = braced ?? bare ?? '';
      const current = variables.get(name);
      const missing = operator?.startsWith(':') === true ? current === undefined || current === '' : current === undefined;
      if (operator?.endsWith('-') === true && missing) return argument ?? '';
      if (operator?.endsWith('?') === true && missing) throw new Error(`required variable ${name} is missing: ${argument ?? ''}`);
      return current ?? '';
    }),
  );
}

function visitStrings(value: unknown, change: (text: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item: unknown) => visitStrings(item, change));
  if (isMapping(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visitStrings(item, change)]));
  return value;
}
