import type { AgentDefinition } from '../agent.js';
import { aroonAgent } from './aroon-agent.js';
import { bollingerReversionAgent } from './bollinger-reversion-agent.js';
import { bollingerSqueezeAgent } from './bollinger-squeeze-agent.js';
import { candlestickPatternsAgent } from './candlestick-patterns-agent.js';
import { commodityChannelIndexAgent } from './commodity-channel-index-agent.js';
import { directionalMovementAgent } from './directional-movement-agent.js';
import { donchianBreakoutAgent } from './donchian-breakout-agent.js';
import { exponentialMovingAverageRibbonAgent } from './exponential-moving-average-ribbon-agent.js';
import { ichimokuCloudAgent } from './ichimoku-cloud-agent.js';
import { keltnerChannelAgent } from './keltner-channel-agent.js';
import { momentumAgent } from './momentum-agent.js';
import { moneyFlowIndexAgent } from './money-flow-index-agent.js';
import { movingAverageConvergenceDivergenceAgent } from './moving-average-convergence-divergence-agent.js';
import { onBalanceVolumeAgent } from './on-balance-volume-agent.js';
import { parabolicSarAgent } from './parabolic-sar-agent.js';
import { relativeStrengthIndexAgent } from './relative-strength-index-agent.js';
import { simpleMovingAverageCrossAgent } from './simple-moving-average-cross-agent.js';
import { stochasticOscillatorAgent } from './stochastic-oscillator-agent.js';
import { supertrendAgent } from './supertrend-agent.js';
import { supportResistanceAgent } from './support-resistance-agent.js';
import { vwapDeviationAgent } from './vwap-deviation-agent.js';
import { williamsPercentRangeAgent } from './williams-percent-range-agent.js';
import { zScoreReversionAgent } from './z-score-reversion-agent.js';

export {
  aroonAgent,
  bollingerReversionAgent,
  bollingerSqueezeAgent,
  candlestickPatternsAgent,
  commodityChannelIndexAgent,
  directionalMovementAgent,
  donchianBreakoutAgent,
  exponentialMovingAverageRibbonAgent,
  ichimokuCloudAgent,
  keltnerChannelAgent,
  momentumAgent,
  moneyFlowIndexAgent,
  movingAverageConvergenceDivergenceAgent,
  onBalanceVolumeAgent,
  parabolicSarAgent,
  relativeStrengthIndexAgent,
  simpleMovingAverageCrossAgent,
  stochasticOscillatorAgent,
  supertrendAgent,
  supportResistanceAgent,
  vwapDeviationAgent,
  williamsPercentRangeAgent,
  zScoreReversionAgent,
};

/** The technical agents, in registration order: oscillators, trend followers, bands and channels, volume, price action. */
export const technicalAgents: readonly AgentDefinition[] = [
  relativeStrengthIndexAgent,
  movingAverageConvergenceDivergenceAgent,
  stochasticOscillatorAgent,
  williamsPercentRangeAgent,
  commodityChannelIndexAgent,
  moneyFlowIndexAgent,
  momentumAgent,
  zScoreReversionAgent,
  directionalMovementAgent,
  simpleMovingAverageCrossAgent,
  exponentialMovingAverageRibbonAgent,
  ichimokuCloudAgent,
  parabolicSarAgent,
  supertrendAgent,
  aroonAgent,
  bollingerReversionAgent,
  bollingerSqueezeAgent,
  keltnerChannelAgent,
  donchianBreakoutAgent,
  onBalanceVolumeAgent,
  vwapDeviationAgent,
  supportResistanceAgent,
  candlestickPatternsAgent,
];
