/** Query parameters that track a click, not name a page: two links differing only in them are one article. */
const TRACKING_PARAMETERS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ncid', 'cmpid', 'yptr', 'soc_src', 'soc_trk', 'ref', 'ref_src', '.tsrc', 'taid', 'smid', 'sref', 'src_trk',
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower);
}

/**
 * The de-duplication key of an article's link: host (lower case, without `www.`), path (without a trailing
 * slash) and the query without tracking parameters, sorted; scheme, port 80/443 and fragment dropped, so
 * `http://www.x.com/a/?utm_source=rss#top` and `https://x.com/a` are one key. `null` for anything that is
 * not an http(s) URL, which is then de-duplicated by its title alone.
 */
export function normalizeNewsUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name)).sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)));
  const query = new URLSearchParams(kept).toString();
  return `${host}${port}${path}${query === '' ? '' : `?${query}`}`;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
