/** Configuration that cannot be used; the message lists every problem, one per line, each naming its key. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'GS_ERR_CONFIG';

  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}
