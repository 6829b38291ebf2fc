/**
 * The dashboard address of `path` (`signals?symbols=AAPL`) under the install's public URL (`PUBLIC_URL`, which may
 * have a path of its own: `https://example.com/gs`); `undefined` when no public URL is configured, since a link to
 * the server's bind address would not open anywhere but on the server.
 */
export function dashboardLink(publicUrl: string | null, path: string): string | undefined {
  if (publicUrl === null) return undefined;
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  return new URL(path.replace(/^\/+/, ''), base).toString();
}

/** The dashboard link of a signal: the signals page filtered to its symbol, the signal id for the page to open. */
export function signalLink(publicUrl: string | null, signal: { readonly id: string; readonly symbol: string }): string | undefined {
  return dashboardLink(publicUrl, `signals?symbols=${encodeURIComponent(signal.symbol)}&signal=${encodeURIComponent(signal.id)}`);
}
