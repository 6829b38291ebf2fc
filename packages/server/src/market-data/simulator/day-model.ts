import { createSeededRandom, type SeededRandom } from '@goldensignals/engine';
import type { TradingSession } from '../calendar/trading-session.js';
import {
  ASSET_CLASS_MODELS, GARCH, JUMP_SIZE, REGIME_MULTIPLIERS, REGIME_TRANSITIONS, STATIONARY_LOG_SPREAD,
  TREND_DRIFT_SCALE, TREND_SWITCH_PROBABILITY, diffusionVarianceShare, type AssetClassModel,
} from './market-model.js';
import { seedHash } from './seed-hash.js';
import type { SymbolProfile } from './symbol-profile.js';

/** `jumpMinute` of a session without a jump. */
export const NO_JUMP = -2;
/** `jumpMinute` of a jump that happened overnight and shows as the opening gap. */
export const OVERNIGHT_JUMP = -1;

/** What the day model drew for one session (log prices; overwritten by the next {@link DayModel.step}). */
export interface DayDraw {
  openLog: number;
  highLog: number;
  lowLog: number;
  closeLog: number;
  volume: number;
  /** Standard deviation of the log price's diffusion during the session. */
  intradaySigma: number;
  /** Standard deviation of the whole day's log return, jumps excluded (the regime's current volatility). */
  dailySigma: number;
  /** Log size of the session's news jump, 0 without one. */
  jump: number;
  /** Minute of the session when the jump hit, or {@link OVERNIGHT_JUMP} / {@link NO_JUMP}. */
  jumpMinute: number;
  /** 0 calm, 1 normal, 2 turbulent. */
  regime: number;
}

/**
 * The day-level stochastic model: a Markov volatility regime, GARCH(1,1) clustering within it, trend
 * segments of constant drift, news jumps, an overnight gap for stocks, and a slow pull of the log price
 * toward `level` so prices stay plausible over decades. One random stream, consumed in a fixed order.
 */
export class DayModel {
  /** Log close of the last session stepped. */
  logPrice: number;
  private readonly random: SeededRandom;
  private readonly model: AssetClassModel;
  /** Daily volatility of the normal regime without jumps; jumps are sized from `jumpSigma`. */
  private readonly baseSigma: number;
  private readonly jumpSigma: number;
  private readonly reversion: number;
  private variance = 1;
  private regime = 1;
  private drift = 0;
  private readonly draw: DayDraw = { openLog: 0, highLog: 0, lowLog: 0, closeLog: 0, volume: 0, intradaySigma: 0, dailySigma: 0, jump: 0, jumpMinute: NO_JUMP, regime: 1 };

  constructor(private readonly profile: SymbolProfile, seed: number, private readonly level: number) {
    this.random = createSeededRandom(seedHash(seed, profile.symbol, 'days'));
    this.model = ASSET_CLASS_MODELS[profile.assetClass];
    this.jumpSigma = profile.volatility / Math.sqrt(this.model.sessionsPerYear);
    this.baseSigma = this.jumpSigma * Math.sqrt(diffusionVarianceShare(this.model));
    this.reversion = (this.baseSigma * this.baseSigma) / (2 * STATIONARY_LOG_SPREAD * STATIONARY_LOG_SPREAD);
    this.logPrice = level + 0.25 * this.random.normal();
  }

  /** Draws the next session. */
  step(session: TradingSession): DayDraw {
    const { random: r, baseSigma, model, draw } = this;
    const uRegime = r.next();
    const row = REGIME_TRANSITIONS[this.regime];
    this.regime = uRegime < row[0] ? 0 : uRegime < row[0] + row[1] ? 1 : 2;
    // Draws that only matter sometimes are only made then; the stream stays deterministic either way.
    if (r.next() < TREND_SWITCH_PROBABILITY) this.drift = TREND_DRIFT_SCALE * baseSigma * r.normal();
    const regimeSigma = baseSigma * REGIME_MULTIPLIERS[this.regime];
    const sigma = regimeSigma * Math.sqrt(this.variance);
    const z = r.normal();
    const zGap = model.overnightVarianceShare > 0 ? r.normal() : 0;
    const zVolume = r.normal();
    const uHigh = r.next();
    const uLow = r.next();
    let jump = 0;
    let jumpMinute = NO_JUMP;
    if (r.next() < model.jumpProbability) {
      const sign = r.next() < 0.5 ? -1 : 1;
      jump = sign * Math.min(JUMP_SIZE.maxLog, this.jumpSigma * (JUMP_SIZE.base - JUMP_SIZE.tailMean * Math.log(1 - r.next())));
      const share = model.overnightJumpShare;
      const minutes = (session.close - session.open) / 60_000;
      const when = r.next();
      jumpMinute = when < share ? OVERNIGHT_JUMP : 1 + Math.floor(((when - share) / (1 - share)) * (minutes - 2));
    }
    const drift = this.drift - this.reversion * (this.logPrice - this.level);
    const intradaySigma = sigma * Math.sqrt(1 - model.overnightVarianceShare);
    const openLog = this.logPrice + sigma * Math.sqrt(model.overnightVarianceShare) * zGap + (jumpMinute === OVERNIGHT_JUMP ? jump : 0);
    const closeLog = openLog + drift + intradaySigma * z + (jumpMinute >= 0 ? jump : 0);
    // Day extremes drawn from the law of a Brownian bridge's maximum and minimum over the session.
    const move = closeLog - openLog;
    const variance = intradaySigma * intradaySigma;
    draw.highLog = openLog + (move + Math.sqrt(move * move - 2 * variance * Math.log(1 - uHigh))) / 2;
    draw.lowLog = openLog + (move - Math.sqrt(move * move - 2 * variance * Math.log(1 - uLow))) / 2;
    const dayReturn = closeLog - this.logPrice;
    const activity = 0.6 + 0.5 * Math.min(Math.abs(dayReturn - drift) / baseSigma, 6);
    draw.volume = this.profile.volume * Math.exp(0.3 * zVolume - 0.045) * (sigma / baseSigma) ** 0.8 * activity * (jump === 0 ? 1 : 2);
    draw.openLog = openLog;
    draw.closeLog = closeLog;
    draw.intradaySigma = intradaySigma;
    draw.dailySigma = sigma;
    draw.jump = jump;
    draw.jumpMinute = jumpMinute;
    draw.regime = this.regime;
    // Jumps are news, not volatility: leaving them out of the GARCH shock keeps the long-run variance calibrated.
    const shock = (dayReturn - drift - jump) / regimeSigma;
    this.variance = Math.min(GARCH.maxVariance, GARCH.omega + GARCH.alpha * Math.min(shock * shock, GARCH.maxShockSquared) + GARCH.beta * this.variance);
    this.logPrice = closeLog;
    return draw;
  }
}
