import type { AssetClass } from '../calendar/asset-class.js';
import { epochDayOf } from '../calendar/calendar-day.js';

/** The simulated market's history starts on 2000-01-01; there are no bars before it. */
export const SIMULATION_START_DAY = epochDayOf(2000, 1, 1);
/** On this date every symbol closes at its profile's reference price (known symbols: their late-2024 level). */
export const REFERENCE_DAY = epochDayOf(2024, 12, 31);

/** Parameters of the day-level model that differ by asset class. */
export interface AssetClassModel {
  /** Sessions per year, to turn annual volatility into daily and back. */
  readonly sessionsPerYear: number;
  /** Probability of a news jump per session. */
  readonly jumpProbability: number;
  /** Share of a day's variance that falls overnight, between sessions (equities gap at the open). */
  readonly overnightVarianceShare: number;
  /** Share of jumps that happen overnight (earnings before the bell) rather than during the session. */
  readonly overnightJumpShare: number;
}

/** Model parameters per asset class. */
export const ASSET_CLASS_MODELS: Readonly<Record<AssetClass, AssetClassModel>> = {
  equity: { sessionsPerYear: 252, jumpProbability: 1 / 45, overnightVarianceShare: 0.2, overnightJumpShare: 0.5 },
  crypto: { sessionsPerYear: 365, jumpProbability: 1 / 60, overnightVarianceShare: 0, overnightJumpShare: 0 },
  fx: { sessionsPerYear: 260, jumpProbability: 1 / 120, overnightVarianceShare: 0, overnightJumpShare: 0 },
};

/** Volatility regimes: calm, normal, turbulent, as multiples of the symbol's normal volatility. */
export const REGIME_NAMES = ['calm', 'normal', 'turbulent'] as const;
/** Volatility multiplier of each regime. */
export const REGIME_MULTIPLIERS = [0.65, 1, 1.9] as const;
/**
 * Daily Markov transition probabilities between regimes (rows: from, columns: to). Calm spells last
 * about 70 sessions, turbulent ones about 20; the stationary mix keeps the average variance near the
 * normal regime's (E[multiplier²] ≈ 0.98).
 */
export const REGIME_TRANSITIONS: readonly (readonly [number, number, number])[] = [
  [0.985, 0.015, 0],
  [0.012, 0.98, 0.008],
  [0, 0.05, 0.95],
];

/** GARCH(1,1) on the variance multiplier: h' = ω + α·ε² + β·h, long-run mean 1; clusters volatility within a regime. */
export const GARCH = { alpha: 0.1, beta: 0.87, omega: 0.03, maxShockSquared: 16, maxVariance: 5 } as const;

/** Trends: segments of constant drift, switching with this probability per session. */
export const TREND_SWITCH_PROBABILITY = 1 / 60;
/** Standard deviation of a trend's daily drift, as a multiple of the daily volatility. */
export const TREND_DRIFT_SCALE = 0.06;
/**
 * The log price is pulled back toward the symbol's level at a rate chosen so that, without trends, it
 * would spread this much (standard deviation of log price) around it: κ = σ² / (2·spread²). Volatile
 * assets revert faster, so every asset's level stays plausible over decades (within about 0.3-4x).
 */
export const STATIONARY_LOG_SPREAD = 0.35;
/** Jump size in daily volatilities: this base plus an exponential tail of this mean. */
export const JUMP_SIZE = { base: 2, tailMean: 1.5, maxLog: 0.35 } as const;

/**
 * The diffusion's share of a day's variance once jumps are added: a jump of (b + m·X)σ with X ~ Exp(1)
 * has E[size²] = (b² + 2bm + 2m²)σ², so the diffusion is scaled down to keep the total at the symbol's volatility.
 */
export function diffusionVarianceShare(model: AssetClassModel): number {
  const { base, tailMean } = JUMP_SIZE;
  const jumpVariance = model.jumpProbability * (base * base + 2 * base * tailMean + 2 * tailMean * tailMean);
  return 1 / (1 + jumpVariance);
}
