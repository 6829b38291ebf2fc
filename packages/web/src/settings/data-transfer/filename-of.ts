/**
 * The file name a `Content-Disposition` header gives (`attachment; filename="signals-2026-11-24.csv"`, or the
 * RFC 5987 `filename*=UTF-8''…` form first), without any folder part; `fallback` when it names none.
 */
export function filenameOf(contentDisposition: string | null, fallback: string): string {
  if (contentDisposition === null) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  let name: string | undefined;
  if (extended?.[1] !== undefined) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*"([^"]*)"/.exec(contentDisposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/.exec(contentDisposition)?.[1];
  // A name is a name: a path in it must not pick where the file goes.
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base === undefined || base === '' ? fallback : base;
}
