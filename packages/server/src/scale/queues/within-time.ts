/**
 * `promise`, or a rejection with `message` once `timeoutMs` have passed. For adding jobs from a request: the
 * queue's connection waits for a Redis that is away, the request must not. The work itself is not cancelled.
 */
export async function withinTime<T>(promise: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
