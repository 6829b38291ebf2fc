/** An error answer of the API (`{ code, message, problems? }`), or a network failure (`code` GS_ERR_NETWORK). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: readonly { readonly field: string; readonly message: string }[] = [],
  ) {
    super(message);
  }
}
