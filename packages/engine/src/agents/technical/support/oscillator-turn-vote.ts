import { vote, type Vote } from '../../agent.js';
import { ramp } from './ramp.js';

/** Levels of a 0..100 oscillator. */
export interface OscillatorZones {
  readonly oversold: number;
  readonly overbought: number;
}

/**
 * The overbought/oversold rule with turn confirmation shared by bounded 0..100 oscillators (RSI,
 * MFI): BUY when the oscillator was in the oversold zone on this or the previous bar and has turned
 * up, SELL on the mirror image. Waiting for the turn, rather than buying the first oversold
 * reading, is the usual guard against fading a move that is still running (Wilder 1978 discusses
 * the same failure mode with his "failure swings"). Confidence grows with how deep into the zone
 * the extreme went, reaching its cap halfway from the level to the end of the scale.
 */
export function oscillatorTurnVote(label: string, now: number, before: number, zones: OscillatorZones): Vote {
  const indicators = { [label]: now, [`${label} previous`]: before };
  const low = now < before ? now : before;
  const high = now > before ? now : before;
  if (low < zones.oversold && now > before) {
    const depth = ramp(zones.oversold - low, 0, zones.oversold / 2);
    const where = now < zones.oversold ? `is ${now.toFixed(1)}, below the oversold level ${zones.oversold},` : `is ${now.toFixed(1)}, back above the oversold level ${zones.oversold}`;
    return vote('BUY', 0.5 + 0.4 * depth, `${label} ${where} and turning up from ${before.toFixed(1)}: mean-reversion BUY.`, indicators);
  }
  if (high > zones.overbought && now < before) {
    const depth = ramp(high - zones.overbought, 0, (100 - zones.overbought) / 2);
    const where = now > zones.overbought ? `is ${now.toFixed(1)}, above the overbought level ${zones.overbought},` : `is ${now.toFixed(1)}, back below the overbought level ${zones.overbought}`;
    return vote('SELL', 0.5 + 0.4 * depth, `${label} ${where} and turning down from ${before.toFixed(1)}: mean-reversion SELL.`, indicators);
  }
  if (now < zones.oversold) {
    return vote('HOLD', 0.25, `${label} is ${now.toFixed(1)}, oversold below ${zones.oversold} but still falling (from ${before.toFixed(1)}): HOLD until it turns.`, indicators);
  }
  if (now > zones.overbought) {
    return vote('HOLD', 0.25, `${label} is ${now.toFixed(1)}, overbought above ${zones.overbought} but still rising (from ${before.toFixed(1)}): HOLD until it turns.`, indicators);
  }
  return vote('HOLD', 0.2, `${label} is ${now.toFixed(1)}, between the oversold ${zones.oversold} and overbought ${zones.overbought} levels: HOLD.`, indicators);
}
