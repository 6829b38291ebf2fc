// Shared by the entries of the cluster tests' child processes (API nodes and workers): reading their settings and
// living until the parent test stops them.

/** The environment variable `name`; throws naming it when it is unset or empty. */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`the cluster test process needs ${name}`);
  return value;
}

/** The environment variable `name` when set and not empty, else `undefined`. */
export function optionalEnv(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Tells the parent the node serves at `url`, then keeps it running until SIGTERM (the node is stopped gracefully, then
 * the process exits 0, or 1 when stopping failed) or until the parent is gone (the IPC channel closes: the process
 * exits at once, so a crashed test run leaves no node behind).
 */
export function serveUntilTerminated(url: string, stop: () => Promise<void>): void {
  process.once('SIGTERM', () => {
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('stopping failed:', error);
        process.exit(1);
      },
    );
  });
  process.once('disconnect', () => process.exit(2));
  if (process.send === undefined) throw new Error('the cluster test process needs an IPC channel to its parent');
  process.send({ type: 'ready', url });
}
