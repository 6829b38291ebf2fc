import type { Citation } from '../../storage/schema/conversation-messages.js';
import type { StoredSignal } from '../../storage/repositories/stored-signal.js';

/** A stored signal, linked to its details (every vote). */
export function signalCitation(signal: Pick<StoredSignal, 'id' | 'symbol' | 'timeframe' | 'action' | 'time'>): Citation {
  return { kind: 'signal', id: signal.id, title: `${signal.symbol} ${signal.timeframe} ${signal.action} signal of ${signal.time}`, url: `/api/v1/signals/${signal.id}/details` };
}

/** A backtest, linked to its results. */
export function backtestCitation(id: string, title: string): Citation {
  return { kind: 'backtest', id, title, url: `/api/v1/backtests/${id}/results` };
}

/** A quote as observed at `time` (ISO-8601). */
export function quoteCitation(symbol: string, time: string): Citation {
  return { kind: 'quote', id: symbol, title: `${symbol} quote at ${time}`, url: `/api/v1/market-data/${encodeURIComponent(symbol)}` };
}

/** An agent's record (accuracy, weight history). */
export function agentCitation(id: string, name: string): Citation {
  return { kind: 'agent', id, title: `${name} (agent ${id})`, url: `/api/v1/agents/${encodeURIComponent(id)}` };
}

/** A paper portfolio, linked to its valuation. */
export function portfolioCitation(id: string, name: string): Citation {
  return { kind: 'portfolio', id, title: `portfolio ${name}`, url: `/api/v1/portfolios/${id}` };
}

/** Drops repeats (same kind and id), keeping the first of each in order. */
export function distinctCitations(citations: Iterable<Citation>): Citation[] {
  const seen = new Set<string>();
  const kept: Citation[] = [];
  for (const citation of citations) {
    const key = `${citation.kind}|${citation.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(citation);
  }
  return kept;
}
