import type { NewsArticle } from '../news-article.js';
import { OVERNIGHT_JUMP } from './day-model.js';
import { hashUniform } from './seed-hash.js';
import type { SymbolSimulation } from './symbol-simulation.js';

/** Overnight news is published before the bell: two hours before the session opens. */
const BEFORE_THE_BELL_MS = 2 * 3_600_000;
/** How far back to look for news-making sessions (about four years of stock sessions). */
const LOOKBACK_SESSIONS = 1_000;

const HEADLINES = {
  equity: {
    up: ['{name} beats estimates and raises full-year guidance', '{name} surges after analyst upgrade to Buy', '{name} jumps on surprise buyback announcement', '{name} rallies as regulators approve flagship product'],
    down: ['{name} misses estimates and cuts its outlook', '{name} slides after analyst downgrade to Sell', '{name} falls as regulators open an investigation', '{name} drops after CFO departs unexpectedly'],
  },
  crypto: {
    up: ['{name} surges as exchange-traded fund inflows hit a record', '{name} rallies after a major payment network adds support', '{name} jumps as network upgrade goes live'],
    down: ['{name} tumbles after a major exchange reports a hack', '{name} falls as regulators tighten trading rules', '{name} slides on large holder sell-off'],
  },
  fx: {
    up: ['{base} strengthens after hawkish central bank remarks', '{base} climbs on stronger-than-expected inflation data', '{base} gains as growth data beats forecasts'],
    down: ['{base} weakens after dovish central bank remarks', '{base} drops on weaker-than-expected jobs data', '{base} slides as growth data disappoints'],
  },
} as const;

function headline(simulation: SymbolSimulation, seed: number, epochDay: number, up: boolean): string {
  const { profile } = simulation;
  const options = HEADLINES[profile.assetClass][up ? 'up' : 'down'];
  const template = options[Math.floor(hashUniform(seed, profile.symbol, epochDay, 'headline') * options.length)];
  // Invented symbols have placeholder names; their ticker reads better in a headline.
  const name = profile.name.endsWith('(simulated)') ? profile.symbol : profile.name;
  return template.replace('{name}', name).replace('{base}', profile.name.slice(0, 3));
}

/**
 * Simulated articles for the news jumps of a symbol's path, newest first, at most `limit`, none after
 * `now`. Each headline's tone matches the jump's sign, the summary gives its size, and every article is
 * labelled simulated, in its flag, its publisher and its text.
 */
export function simulatedNews(simulation: SymbolSimulation, seed: number, now: number, limit: number): NewsArticle[] {
  simulation.ensureThrough(now);
  const c = simulation.skeleton.columns;
  const { profile } = simulation;
  const articles: NewsArticle[] = [];
  const last = simulation.skeleton.indexAtOrBefore(now);
  for (let i = last; i >= 0 && i > last - LOOKBACK_SESSIONS && articles.length < limit; i--) {
    const jump = c.jump[i];
    if (jump === 0) continue;
    const overnight = c.jumpMinute[i] === OVERNIGHT_JUMP;
    const time = overnight ? c.sessionOpen[i] - BEFORE_THE_BELL_MS : c.sessionOpen[i] + c.jumpMinute[i] * 60_000;
    if (time > now) continue;
    const move = (Math.exp(jump) - 1) * 100;
    const sign = move >= 0 ? '+' : '';
    articles.push({
      id: `simulator-${profile.symbol}-${c.epochDay[i]}`,
      symbols: [profile.symbol],
      title: headline(simulation, seed, c.epochDay[i], jump > 0),
      summary: `Simulated news from the GoldenSignals market simulator, not a real event: ${profile.symbol} moved ${sign}${move.toFixed(1)}% ${overnight ? 'at the open' : 'within minutes'} on it.`,
      url: null,
      publisher: 'GoldenSignals Simulator',
      time,
      source: 'simulator',
      simulated: true,
    });
  }
  return articles;
}
