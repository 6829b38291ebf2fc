import { createSeededRandom } from '@goldensignals/engine';
import type { BarColumns } from './bar-columns.js';
import type { DailySkeleton } from './daily-skeleton.js';
import { BLOCK_MINUTES, sessionShape, type SessionShape } from './intraday-shape.js';
import type { OhlcvAccumulator } from './ohlcv-accumulator.js';
import { partialMinute, type PartialMinute } from './partial-minute.js';
import { refineBar } from './refine-bar.js';
import { seedHash } from './seed-hash.js';
import type { SymbolProfile } from './symbol-profile.js';

/**
 * The intraday path of one session: the day bar refined into 30-minute blocks, each block refined
 * into minutes on demand. Every refinement has its own seed (symbol, trading date, block), so a
 * minute is the same whichever request first needed it.
 */
export class DayPath {
  /** Number of minutes in the session. */
  readonly minutes: number;
  /** The 30-minute blocks of the session. */
  readonly blocks: BarColumns;
  private readonly shape: SessionShape;
  private readonly blockMinutes: (BarColumns | undefined)[];
  private readonly jumpBlock: number;
  private readonly jumpMinuteInBlock: number;
  private readonly jumpSize: number;
  private readonly blockSigma: number;
  private readonly epochDay: number;

  constructor(skeleton: DailySkeleton, index: number, private readonly profile: SymbolProfile, private readonly seed: number) {
    const c = skeleton.columns;
    this.epochDay = c.epochDay[index];
    this.minutes = (c.sessionClose[index] - c.sessionOpen[index]) / 60_000;
    this.shape = sessionShape(profile.assetClass, c.sessionOpen[index], this.minutes);
    const jumpMinute = c.jumpMinute[index];
    this.jumpBlock = jumpMinute >= 0 ? Math.floor(jumpMinute / BLOCK_MINUTES) : -1;
    this.jumpMinuteInBlock = jumpMinute >= 0 ? jumpMinute % BLOCK_MINUTES : -1;
    this.jumpSize = c.jump[index];
    this.blockSigma = c.sigma[index];
    this.blocks = refineBar(
      {
        open: c.open[index], high: c.high[index], low: c.low[index], close: c.close[index], volume: c.volume[index], sigma: c.sigma[index],
        varianceShares: this.shape.blockVariance, volumeShares: this.shape.blockVolume, jumpIndex: this.jumpBlock, jumpSize: this.jumpSize,
        ticksPerUnit: profile.ticksPerUnit,
      },
      createSeededRandom(seedHash(seed, profile.symbol, this.epochDay, 'blocks')),
    );
    this.blockMinutes = new Array<BarColumns | undefined>(this.blocks.open.length);
  }

  /** The minute bars of block `block`. */
  minutesOfBlock(block: number): BarColumns {
    const cached = this.blockMinutes[block];
    if (cached) return cached;
    const b = this.blocks;
    const range = [block * BLOCK_MINUTES, (block + 1) * BLOCK_MINUTES] as const;
    const minutes = refineBar(
      {
        open: b.open[block], high: b.high[block], low: b.low[block], close: b.close[block], volume: b.volume[block],
        sigma: this.blockSigma * Math.sqrt(this.shape.blockVariance[block]),
        varianceShares: this.shape.minuteVariance.subarray(...range), volumeShares: this.shape.minuteVolume.subarray(...range),
        jumpIndex: block === this.jumpBlock ? this.jumpMinuteInBlock : -1, jumpSize: this.jumpSize, ticksPerUnit: this.profile.ticksPerUnit,
      },
      createSeededRandom(seedHash(this.seed, this.profile.symbol, this.epochDay, 'minutes', block)),
    );
    this.blockMinutes[block] = minutes;
    return minutes;
  }

  /** Adds minutes [from, to) of the session to `into`, whole blocks at once where it can. */
  aggregate(from: number, to: number, into: OhlcvAccumulator): void {
    let minute = from;
    while (minute < to) {
      const block = Math.floor(minute / BLOCK_MINUTES);
      const blockStart = block * BLOCK_MINUTES;
      if (minute === blockStart && to >= blockStart + BLOCK_MINUTES) {
        const b = this.blocks;
        into.add(b.open[block], b.high[block], b.low[block], b.close[block], b.volume[block]);
        minute += BLOCK_MINUTES;
        continue;
      }
      const m = this.minutesOfBlock(block);
      const end = Math.min(to, blockStart + BLOCK_MINUTES);
      for (; minute < end; minute++) {
        const k = minute - blockStart;
        into.add(m.open[k], m.high[k], m.low[k], m.close[k], m.volume[k]);
      }
    }
  }

  /** Minute `minute` of the session cut at `fraction` of its length. */
  partialMinute(minute: number, fraction: number): PartialMinute {
    const block = Math.floor(minute / BLOCK_MINUTES);
    const m = this.minutesOfBlock(block);
    const k = minute - block * BLOCK_MINUTES;
    return partialMinute(m.open[k], m.high[k], m.low[k], m.close[k], m.volume[k], fraction, this.profile.ticksPerUnit);
  }
}
