import type { ApiKeyView } from './api-key-view.js';

/** The answer of creating an API key: `key` is the whole secret, in this answer only. */
export interface CreatedApiKey {
  readonly key: string;
  readonly apiKey: ApiKeyView;
}
