import { abstain, type Abstain } from './agent.js';

/**
 * An abstention whose reason depends only on the symbol (and the agent's config), kept for the last
 * symbol asked. An agent without its input abstains on every bar, and rebuilding the sentence (which
 * the runner then has to flatten to check) was a measurable share of a learning replay; a replay or
 * a single followed symbol asks for the same symbol over and over. Frozen: it is handed out many times.
 */
export function symbolAbstention(reason: (symbol: string) => string): (symbol: string) => Abstain {
  let lastSymbol: string | null = null;
  let last: Abstain | null = null;
  return (symbol) => {
    if (symbol !== lastSymbol || last === null) {
      last = Object.freeze(abstain(reason(symbol)));
      lastSymbol = symbol;
    }
    return last;
  };
}
