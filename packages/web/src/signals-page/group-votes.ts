import type { AgentCategory, SignalVote } from '@goldensignals/engine';
import type { VoteGroup } from './vote-group.js';

const CATEGORY_ORDER: readonly AgentCategory[] = ['technical', 'risk', 'options', 'sentiment', 'ml', 'external'];

/** Votes by category (in the engine's category order, only those present); in each, counted votes by weight, then the rest in registry order. */
export function groupVotes(votes: readonly SignalVote[]): VoteGroup[] {
  const categories = [...CATEGORY_ORDER, ...new Set(votes.map((vote) => vote.category).filter((category) => !CATEGORY_ORDER.includes(category)))];
  return categories.flatMap((category) => {
    const members = votes.filter((vote) => vote.category === category);
    if (members.length === 0) return [];
    const voted = members.filter((vote) => vote.status === 'voted');
    const weightByAction = { BUY: 0, SELL: 0, HOLD: 0 };
    for (const vote of voted) if (vote.action !== null) weightByAction[vote.action] += vote.weight;
    return [
      {
        category,
        voted: [...voted].sort((a, b) => b.weight - a.weight),
        abstained: members.filter((vote) => vote.status === 'abstained'),
        excluded: members.filter((vote) => vote.status === 'excluded'),
        weightByAction,
      },
    ];
  });
}
