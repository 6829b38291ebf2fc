/** The keys that open symbol search: `/` or Ctrl/⌘+K, except while typing in a field (where `/` is just a slash). */
export function isSearchShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; target: EventTarget | null }): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  if (event.key !== '/') return false;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toUpperCase();
  return !(tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable === true);
}
