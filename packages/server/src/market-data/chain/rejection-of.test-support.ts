/** The error a promise rejects with, checked to be an instance of `type`; fails the test when it resolves or throws something else. */
export async function rejectionOf<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const outcome = await promise.then(
    (value: unknown) => ({ resolved: true as const, value }),
    (error: unknown) => ({ resolved: false as const, error }),
  );
  if (outcome.resolved) throw new Error(`expected a rejection with ${type.name}, but it resolved with ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof type)) throw new Error(`expected a rejection with ${type.name}, got ${String(outcome.error)}`);
  return outcome.error;
}
