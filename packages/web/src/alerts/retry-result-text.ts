/** What `POST /deliveries/:id/retry` may answer: the delivery after the new attempt, when the server says. */
export interface RetryAnswer {
  readonly delivery?: { readonly status?: string; readonly error?: string | null };
}

/** What a retry did, in one line: `Delivered`, `Failed again: <error>`, or `Retry queued` when the attempt is still to come. */
export function retryResultText(answer: RetryAnswer | undefined): string {
  const delivery = answer?.delivery;
  switch (delivery?.status) {
    case 'delivered':
      return 'Delivered';
    case 'failed':
    case 'dead':
      return `Failed again: ${delivery.error ?? 'no reason given'}`;
    default:
      return 'Retry queued';
  }
}
