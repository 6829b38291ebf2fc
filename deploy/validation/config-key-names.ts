import { CONFIG_KEYS } from '../../packages/server/src/config/config-keys.js';

/** Environment variable names the server reads (its config keys); anything else set for it is a typo or dead. */
export const CONFIG_KEY_NAMES: ReadonlySet<string> = new Set(Object.values(CONFIG_KEYS).map((key) => key.name));

/** The HTTP port the server listens on when PORT is not set. */
export const DEFAULT_PORT: number = CONFIG_KEYS.port.defaultValue;

/** Names in `names` that are not config keys. */
export function unknownConfigKeys(names: Iterable<string>): string[] {
  return [...names].filter((name) => !CONFIG_KEY_NAMES.has(name));
}
