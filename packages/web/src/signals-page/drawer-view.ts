/** What the side drawer shows: one signal's details, or one symbol's recent signals. */
export type DrawerView = { readonly kind: 'details'; readonly signalId: string } | { readonly kind: 'history'; readonly symbol: string };
