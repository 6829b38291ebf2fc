import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { ChatStreamEvent } from './chat-stream-event.js';
import type { ChatToolbox } from './chat-toolbox.js';
import type { ToolContext } from './chat-tool.js';
import { distinctCitations } from './citations.js';
import { templatedAnswer } from './templated/templated-answer.js';
import { tokenChunks } from './token-chunks.js';
import type { TurnOutcome } from './turn-outcome.js';

/** One answer without a language model. */
export interface TemplatedTurn {
  readonly question: string;
  readonly toolbox: ChatToolbox;
  readonly context: ToolContext;
  readonly emit: (event: ChatStreamEvent) => void;
}

/**
 * Answers from the data without a model (see {@link templatedAnswer}) through the same stream as a model's answer:
 * the lookups as `tool` events, their sources as `citation` events, the text in token chunks. Between chunks the
 * event loop runs, so a client that leaves mid-answer is noticed and only what was sent counts as said.
 */
export async function runTemplatedTurn(turn: TemplatedTurn): Promise<TurnOutcome> {
  const { signal } = turn.context;
  const answer = await templatedAnswer(turn.question, turn.toolbox, turn.context, (record) => {
    if (signal?.aborted === true) return;
    turn.emit({ type: 'tool', id: record.call.id, name: record.call.name, arguments: record.call.arguments, summary: record.summary });
  });
  const citations = distinctCitations(answer.records.flatMap((record) => record.citations));
  let said = '';
  for (const citation of citations) {
    if (signal?.aborted === true) break;
    turn.emit({ type: 'citation', ...citation });
  }
  for (const chunk of tokenChunks(answer.text)) {
    if (signal?.aborted === true) break;
    turn.emit({ type: 'token', text: chunk });
    said += chunk;
    await yieldToEventLoop();
  }
  const incomplete = said !== answer.text;
  return { content: said, records: answer.records, citations, incomplete, error: null };
}
