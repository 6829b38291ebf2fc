/** Enter sends; Shift+Enter is a new line; Enter that ends an input method's composition (Japanese, Chinese) only confirms it. */
export function isSendKey(event: { readonly key: string; readonly shiftKey: boolean; readonly isComposing: boolean }): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing;
}
