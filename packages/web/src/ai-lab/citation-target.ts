import type { Citation } from './citation.js';

/** Where a citation leads in the dashboard. */
export type CitationTarget =
  /** A page of the dashboard. */
  | { readonly kind: 'page'; readonly to: string }
  /** The signal's details, opened beside the conversation. */
  | { readonly kind: 'signal'; readonly signalId: string }
  /** A page elsewhere (a news article), opened in a new tab. */
  | { readonly kind: 'external'; readonly href: string }
  /** Nothing to open: the title is all (an uploaded document). */
  | { readonly kind: 'text' };

function externalHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    // Only web pages: a `javascript:` or `data:` address in stored text must never become a live link.
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * The dashboard view of what an answer cited. The server's `url` is its API address, which shows JSON; the dashboard
 * shows the same thing on its pages: a signal in its details, a backtest or an agent on Analytics, a quote on the chart,
 * a portfolio on Portfolio. A news item links to its article when the citation carries a web address.
 */
export function citationTarget(citation: Citation): CitationTarget {
  switch (citation.kind) {
    case 'signal':
      return { kind: 'signal', signalId: citation.id };
    case 'backtest':
    case 'agent':
      return { kind: 'page', to: '/analytics' };
    case 'quote':
      return { kind: 'page', to: `/chart?symbol=${encodeURIComponent(citation.id)}` };
    case 'portfolio':
      return { kind: 'page', to: `/portfolio?portfolio=${encodeURIComponent(citation.id)}` };
    case 'news': {
      const href = externalHref(citation.url);
      return href === null ? { kind: 'text' } : { kind: 'external', href };
    }
    case 'document':
      return { kind: 'text' };
  }
}
