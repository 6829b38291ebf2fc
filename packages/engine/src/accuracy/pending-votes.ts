import { z } from 'zod';

const finite = z.number().refine(Number.isFinite, 'expected a finite number');
const code = z.number().int().min(-1).max(2);

const voteSchema = z.strictObject({
  /** Start (epoch ms) of the bar the votes were cast on. */
  time: finite,
  /** Close of that bar: the forward return is measured from it. */
  close: finite.refine((close) => close > 0, 'expected a positive close'),
  /** Dead-band fixed when the votes were cast. */
  band: finite.refine((band) => band >= 0, 'expected a band >= 0'),
  /** Samples the votes count for (≤ 1: overlapping votes count less). */
  weight: finite.refine((weight) => weight > 0 && weight <= 1, 'expected a weight in (0, 1]'),
  /** The consensus' action code (`NO_VOTE` when it is not scored as a trade). */
  consensus: code,
  /** Each agent's action code, in `agents` order (`NO_VOTE` when it did not vote). */
  actions: z.array(code),
});

/** Schema of {@link PendingVotesState}. */
export const pendingVotesStateSchema = z
  .strictObject({
    agents: z.array(z.string().min(1)),
    /** Start of the last bar whose votes were recorded (`null`: none yet): the next votes' sample weight depends on it. */
    lastRecordTime: finite.nullable(),
    votes: z.array(voteSchema),
  })
  .refine((state) => state.votes.every((vote) => vote.actions.length === state.agents.length), 'every vote needs one action code per agent');

/**
 * The votes of one symbol and timeframe still waiting for their horizon, as plain data: a process that
 * stops following the symbol hands them to the next one (see `AccuracyStream.adoptPendingVotes`), so
 * each vote is scored once, by whoever sees the bar it resolves on.
 */
export type PendingVotesState = z.infer<typeof pendingVotesStateSchema>;

/** Parses pending votes, throwing a RangeError that names the first bad field. */
export function parsePendingVotesState(state: unknown): PendingVotesState {
  const parsed = pendingVotesStateSchema.safeParse(state);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(state)';
  throw new RangeError(`invalid pending votes: ${path}: ${issue.message}`);
}
