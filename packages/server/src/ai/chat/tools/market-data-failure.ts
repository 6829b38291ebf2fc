import { MarketDataRequestError } from '../../../market-data/chain/market-data-request-error.js';
import { MarketDataUnavailableError } from '../../../market-data/chain/market-data-unavailable-error.js';
import { ProviderError } from '../../../market-data/provider-error.js';
import { ToolError } from '../chat-tool.js';

/** Market data errors become a {@link ToolError} with the chain's own explanation; anything else is rethrown. */
export function marketDataFailure(error: unknown): never {
  if (error instanceof MarketDataUnavailableError || error instanceof MarketDataRequestError || error instanceof ProviderError) throw new ToolError(error.message, { cause: error });
  throw error;
}
