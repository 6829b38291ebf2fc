/** What the limit says about one more command of a chat. */
export type RateDecision =
  | { readonly allowed: true }
  /** `warn`: the first refusal of this window, worth one answer; later ones get none, so a flood costs no messages. */
  | { readonly allowed: false; readonly warn: boolean; readonly retryAfterSeconds: number };

interface ChatWindow {
  start: number;
  count: number;
  warned: boolean;
}

/**
 * At most `perMinute` commands per chat in each minute (a fixed window from the chat's first command), held in this
 * process: only the node polling the bot counts, and a chat's counts need not survive a hand-over. Chats are
 * remembered up to `maxChats`, the least recently seen forgotten first.
 */
export class ChatRateLimit {
  private readonly windows = new Map<string, ChatWindow>();

  constructor(
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxChats = 10_000,
  ) {
    if (!Number.isInteger(perMinute) || perMinute < 1) throw new RangeError(`perMinute must be a positive integer, got ${perMinute}`);
  }

  /** Counts a command of `chatId` and says whether to run it. */
  take(chatId: string): RateDecision {
    const now = this.now();
    let window = this.windows.get(chatId);
    if (window === undefined || now - window.start >= 60_000) window = { start: now, count: 0, warned: false };
    // Re-inserted, so the map's first key is the least recently seen chat.
    this.windows.delete(chatId);
    this.windows.set(chatId, window);
    if (this.windows.size > this.maxChats) {
      const oldest = this.windows.keys().next();
      if (oldest.done !== true) this.windows.delete(oldest.value);
    }
    if (window.count < this.perMinute) {
      window.count += 1;
      return { allowed: true };
    }
    const warn = !window.warned;
    window.warned = true;
    return { allowed: false, warn, retryAfterSeconds: Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000)) };
  }
}
