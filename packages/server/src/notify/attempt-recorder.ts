import type { AttemptEnd, DeliveryRepository, NotificationDelivery } from '../storage/repositories/delivery-repository.js';
import type { ForegroundWork } from '../support/foreground-work.js';

/** How long ends of attempts are gathered before they are written, ms: a burst's answers arrive close together. */
const GATHER_MS = 10;
/** Most ends written by one statement. */
const MAX_BATCH = 200;

interface Waiting extends AttemptEnd {
  readonly resolve: (delivery: NotificationDelivery | null) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Writes the ends of delivery attempts in batches: a fan-out to many channels ends hundreds of attempts within
 * milliseconds, and one statement for all of them costs the embedded database a fraction of one each. Each caller
 * gets its own delivery back, as the attempt left it; a failed write rejects the calls of its batch only.
 */
export class AttemptRecorder {
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly deliveries: Pick<DeliveryRepository, 'recordAttempts'>,
    private readonly foreground?: Pick<ForegroundWork, 'settled'>,
  ) {}

  /** Records how an attempt of `delivery` ended; resolves to the delivery as it now is, `null` once it is gone. */
  record(delivery: NotificationDelivery, outcome: AttemptEnd['outcome']): Promise<NotificationDelivery | null> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ delivery, outcome, resolve, reject });
      if (this.waiting.length >= MAX_BATCH) this.writeNow();
      else this.timer ??= setTimeout(() => this.writeNow(), GATHER_MS);
    });
  }

  private writeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.waiting.length > 0) void this.write(this.waiting.splice(0, MAX_BATCH));
  }

  private async write(batch: readonly Waiting[]): Promise<void> {
    try {
      await this.foreground?.settled();
      const rows = await this.deliveries.recordAttempts(batch);
      batch.forEach((end, i) => end.resolve(rows[i] ?? null));
    } catch (error) {
      for (const end of batch) end.reject(error);
    }
  }
}
