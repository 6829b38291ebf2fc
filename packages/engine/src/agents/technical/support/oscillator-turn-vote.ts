import { vote, type Vote } from '../../agent.js';
import { ramp } from './ramp.js';

/** Levels of a 0..100 oscillator. */
export interface OscillatorZones {
  readonly oversold: number;
  readonly overbought: number;
}

/** The names an oscillator's readings go by in its votes' indicators, fixed when the agent is created. */
export interface OscillatorNames {
  readonly label: string;
  readonly previousKey: string;
  /** `{ [label]: 0, [previousKey]: 0 }`: copying it is much cheaper than a literal with computed keys, which agents sharing this code make polymorphic. */
  readonly template: Readonly<Record<string, number>>;
}

/** The indicator names of an oscillator labelled `label` (`RSI(14)` and `RSI(14) previous`). */
export function oscillatorNames(label: string): OscillatorNames {
  const previousKey = `${label} previous`;
  // Not frozen: V8 copies a frozen object by a slower path.
  return { label, previousKey, template: { [label]: 0, [previousKey]: 0 } };
}

/**
 * The overbought/oversold rule with turn confirmation shared by bounded 0..100 oscillators (RSI,
 * MFI): BUY when the oscillator was in the oversold zone on this or the previous bar and has turned
 * up, SELL on the mirror image. Waiting for the turn, rather than buying the first oversold
 * reading, is the usual guard against fading a move that is still running (Wilder 1978 discusses
 * the same failure mode with his "failure swings"). Confidence grows with how deep into the zone
 * the extreme went, reaching its cap halfway from the level to the end of the scale.
 */
export function oscillatorTurnVote(names: OscillatorNames, now: number, before: number, zones: OscillatorZones): Vote {
  const { label, previousKey } = names;
  const indicators: Record<string, number> = { ...names.template };
  indicators[label] = now;
  indicators[previousKey] = before;
  const { oversold, overbought } = zones;
  const low = now < before ? now : before;
  const high = now > before ? now : before;
  if (low < oversold && now > before) {
    const depth = ramp(oversold - low, 0, oversold / 2);
    return vote('BUY', 0.5 + 0.4 * depth, () => `${label} ${now < oversold ? `is ${now.toFixed(1)}, below the oversold level ${oversold},` : `is ${now.toFixed(1)}, back above the oversold level ${oversold}`} and turning up from ${before.toFixed(1)}: mean-reversion BUY.`, indicators);
  }
  if (high > overbought && now < before) {
    const depth = ramp(high - overbought, 0, (100 - overbought) / 2);
    return vote('SELL', 0.5 + 0.4 * depth, () => `${label} ${now > overbought ? `is ${now.toFixed(1)}, above the overbought level ${overbought},` : `is ${now.toFixed(1)}, back below the overbought level ${overbought}`} and turning down from ${before.toFixed(1)}: mean-reversion SELL.`, indicators);
  }
  if (now < oversold) {
    return vote('HOLD', 0.25, () => `${label} is ${now.toFixed(1)}, oversold below ${oversold} but still falling (from ${before.toFixed(1)}): HOLD until it turns.`, indicators);
  }
  if (now > overbought) {
    return vote('HOLD', 0.25, () => `${label} is ${now.toFixed(1)}, overbought above ${overbought} but still rising (from ${before.toFixed(1)}): HOLD until it turns.`, indicators);
  }
  return vote('HOLD', 0.2, () => `${label} is ${now.toFixed(1)}, between the oversold ${oversold} and overbought ${overbought} levels: HOLD.`, indicators);
}
