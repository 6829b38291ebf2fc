/**
 * `params` as the `?…` part of an address (empty for none), with commas left as they are: `symbols=AAPL,MSFT` reads
 * better in a bookmark or a shared link than `symbols=AAPL%2CMSFT`, and a comma is allowed in a query unescaped.
 */
export function readableSearch(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}
