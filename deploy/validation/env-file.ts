/**
 * The variables of a dotenv file as Docker Compose reads `.env`: `NAME=value` lines, `#` comments and blank
 * lines ignored, surrounding quotes removed. Throws on a line that is neither.
 */
export function parseEnvFile(source: string, name: string): Map<string, string> {
  const values = new Map<string, string>();
  source.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(trimmed);
    if (match === null) throw new Error(`${name}:${index + 1}: expected NAME=value, got "${trimmed}"`);
    const [, key = '', raw = ''] = match;
    if (values.has(key)) throw new Error(`${name}:${index + 1}: ${key} is set twice`);
    values.set(key, raw.replace(/^(["'])(.*)\1$/, '$2'));
  });
  return values;
}
