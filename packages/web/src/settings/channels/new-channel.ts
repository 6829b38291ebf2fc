/** The body of `POST /channels`: the kind, a name, and the kind's settings. */
export type NewChannel =
  | { readonly kind: 'webhook'; readonly name: string; readonly config: { readonly url: string } }
  | { readonly kind: 'telegram'; readonly name: string; readonly config: { readonly botToken: string; readonly chatId: string } }
  | { readonly kind: 'discord' | 'slack'; readonly name: string; readonly config: { readonly webhookUrl: string } }
  | { readonly kind: 'email'; readonly name: string; readonly config: { readonly to: string } };
