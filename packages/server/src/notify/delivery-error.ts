/** Why a channel did not take a message, and whether trying again later may work. */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';

  constructor(
    message: string,
    /** True for trouble that passes (network, timeouts, 5xx, 429); false when only a change of config helps. */
    readonly retryable: boolean,
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
}
