import type { AgentDefinition } from '../agent.js';
import { analystRatingsAgent } from './analyst-ratings-agent.js';
import { earningsCallSentimentAgent } from './earnings-call-sentiment-agent.js';
import { earningsSurpriseAgent } from './earnings-surprise-agent.js';
import { marketBreadthAgent } from './market-breadth-agent.js';
import { newsSentimentAgent } from './news-sentiment-agent.js';
import { socialSentimentAgent } from './social-sentiment-agent.js';

export * from './decayed-sentiment.js';
export * from './text-sentiment-agent.js';
export * from './news-sentiment-agent.js';
export * from './social-sentiment-agent.js';
export * from './analyst-ratings-agent.js';
export * from './earnings-surprise-agent.js';
export * from './market-breadth-agent.js';
export * from './earnings-call-sentiment-agent.js';

/**
 * The sentiment agents, in registration order. Each reads its input from `context.inputs` (news,
 * social, analystRatings, earnings, breadth, earningsCalls), looks only at items dated at or before
 * the current bar, and abstains when the input is missing or too thin.
 */
export const sentimentAgents: readonly AgentDefinition[] = [
  newsSentimentAgent,
  socialSentimentAgent,
  analystRatingsAgent,
  earningsSurpriseAgent,
  marketBreadthAgent,
  earningsCallSentimentAgent,
];
