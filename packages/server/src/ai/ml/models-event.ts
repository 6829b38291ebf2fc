import type { ModelFile } from '@goldensignals/engine';
import type { BusEvent } from '../../bus/message-bus.js';

/** What a `models` event says: which models were written, so a log can name them; receivers look at the folder. */
export interface ModelsEventData {
  readonly models: readonly { readonly kind: string; readonly symbol: string; readonly timeframe: string; readonly version: string }[];
}

/**
 * New model files were written to the models folder (`ML_MODELS_DIR`): every process reloads it. On the `signals`
 * channel (the models make signals), but no socket is sent it: it is for the servers and workers.
 */
export function modelsEvent(files: readonly ModelFile[]): BusEvent {
  const data: ModelsEventData = { models: files.map((file) => ({ kind: file.kind, symbol: file.symbol, timeframe: file.timeframe, version: file.version })) };
  return { type: 'models', channels: ['signals'], data };
}
