import { EVALUATION_PASSAGES, EVALUATION_QUESTIONS, type EvaluationPassage, type EvaluationQuestion } from './retrieval-evaluation-set.js';
import type { RetrievalService } from './retrieval-service.js';

/** How well search found the relevant passages of an evaluation set. */
export interface RecallReport {
  /** `<source>:<model>` of the embedder measured. */
  readonly embedder: string;
  readonly k: number;
  readonly questions: number;
  /** Mean over questions of the share of relevant passages among the top k. */
  readonly recallAtK: number;
  /** Questions that missed a relevant passage, with what came back instead. */
  readonly misses: readonly { readonly question: string; readonly relevant: readonly string[]; readonly found: readonly string[] }[];
}

/** Ids of the evaluation passages are prefixed, so they never collide with real ids. */
const PREFIX = 'evaluation:';

/**
 * Indexes the evaluation passages through the service (each as the source kind it imitates, owned by
 * the owner of an install without accounts) and measures recall@k of its search over the questions.
 * Meant for a database of its own: the passages stay in it.
 */
export async function measureRecall(
  service: RetrievalService,
  options: { readonly k?: number; readonly passages?: readonly EvaluationPassage[]; readonly questions?: readonly EvaluationQuestion[] } = {},
): Promise<RecallReport> {
  const k = options.k ?? 5;
  const passages = options.passages ?? EVALUATION_PASSAGES;
  const questions = options.questions ?? EVALUATION_QUESTIONS;
  for (const passage of passages) await service.indexText(passage.kind, `${PREFIX}${passage.id}`, null, { title: passage.title, text: passage.text });
  let total = 0;
  const misses: { question: string; relevant: readonly string[]; found: string[] }[] = [];
  for (const { question, relevant } of questions) {
    const found = [...new Set((await service.search(question, { userId: null, k })).map((item) => item.id.slice(PREFIX.length)))];
    const hits = relevant.filter((id) => found.includes(id)).length;
    total += hits / relevant.length;
    if (hits < relevant.length) misses.push({ question, relevant, found });
  }
  return { embedder: `${service.embedder.id}:${service.embedder.model}`, k, questions: questions.length, recallAtK: questions.length === 0 ? 0 : total / questions.length, misses };
}

/** The report as one line for a log or a terminal, e.g. `recall@5 0.950 (19/20 questions fully answered) with hashing:goldensignals-hashing-v1`. */
export function describeRecall(report: RecallReport): string {
  const answered = report.questions - report.misses.length;
  return `recall@${report.k} ${report.recallAtK.toFixed(3)} (${answered}/${report.questions} questions fully answered) with ${report.embedder}`;
}
