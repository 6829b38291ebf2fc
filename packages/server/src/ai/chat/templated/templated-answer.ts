import type { Caller } from '../../../auth/caller.js';
import { roleAtLeast } from '../../../auth/role-rank.js';
import type { ChatToolbox } from '../chat-toolbox.js';
import { ToolError, type ChatTool, type ToolContext } from '../chat-tool.js';
import { matchIntent, type ChatIntent } from '../match-intent.js';
import type { ToolRecord } from '../tool-record.js';
import { agentLeaderboardText } from './agent-leaderboard-text.js';
import { backtestReportText } from './backtest-report-text.js';
import { helpText } from './help-text.js';
import { NO_MODEL_NOTE } from './no-model-note.js';
import { portfolioText } from './portfolio-text.js';
import { quoteText } from './quote-text.js';
import { signalExplanationText } from './signal-explanation-text.js';
import { signalListText } from './signal-list-text.js';

/** A templated answer and the lookups it made. */
export interface TemplatedAnswer {
  readonly intent: ChatIntent;
  /** Starts with {@link NO_MODEL_NOTE}. */
  readonly text: string;
  readonly records: readonly ToolRecord[];
}

/** Agents ranked in the answer to "which agents are most accurate". */
const TOP_AGENTS = 5;
/** Signals listed in the answer to "latest signals". */
const LATEST_SIGNALS = 10;

/** Typed arguments as the plain record a tool call stores. */
function argumentsOf(args: object): Readonly<Record<string, unknown>> {
  return Object.fromEntries(Object.entries(args));
}

class Lookups {
  readonly records: ToolRecord[] = [];

  constructor(
    private readonly context: ToolContext,
    private readonly onRecord: (record: ToolRecord) => void,
  ) {}

  /** Runs a tool as the model would (same data, same citations), recording the call. */
  async use<A extends object, D>(tool: ChatTool<A, D>, args: A): Promise<D> {
    const data = await tool.execute(args, this.context);
    const output = tool.present(data);
    const record = { call: { id: `lookup-${this.records.length + 1}`, name: tool.name, arguments: argumentsOf(args) }, summary: tool.summary(args), content: output.content, citations: output.citations };
    this.records.push(record);
    this.onRecord(record);
    return data;
  }

  allowed(tool: { readonly role: Caller['role'] }): boolean {
    return roleAtLeast(this.context.caller.role, tool.role);
  }
}

function traderOnly(what: string, role: string): string {
  return `${what} are a trader's feature (as in the rest of GoldenSignals), and your account is a ${role}. An admin can change your role.`;
}

async function body(intent: ChatIntent, toolbox: ChatToolbox, lookups: Lookups, role: string): Promise<string> {
  switch (intent.kind) {
    case 'explain-signal':
      return signalExplanationText(await lookups.use(toolbox.signal, { symbol: intent.symbol }), intent.asked);
    case 'top-agents':
      return agentLeaderboardText(await lookups.use(toolbox.agents, { limit: TOP_AGENTS }));
    case 'last-backtest':
      if (!lookups.allowed(toolbox.backtest)) return traderOnly('Backtests', role);
      return backtestReportText(await lookups.use(toolbox.backtest, {}), 'Your latest backtest');
    case 'latest-signals': {
      const search = { limit: LATEST_SIGNALS, ...(intent.action === null ? {} : { action: intent.action }), ...(intent.symbols.length === 0 ? {} : { symbols: intent.symbols }) };
      return signalListText(await lookups.use(toolbox.signals, search), intent.action, intent.symbols);
    }
    case 'quote':
      if (toolbox.quote === undefined) return 'No market data provider is configured on this server, so I cannot look up prices.';
      return quoteText(await lookups.use(toolbox.quote, { symbol: intent.symbol }));
    case 'portfolio':
      if (!lookups.allowed(toolbox.portfolio)) return traderOnly('Paper portfolios', role);
      return portfolioText(await lookups.use(toolbox.portfolio, {}));
    case 'help':
      return helpText(intent.topic);
  }
}

/**
 * Answers a question without a language model: recognises the common questions (see {@link matchIntent}), reads
 * the data through the same tools the model would call, and writes a plain answer that says no model is configured.
 * A lookup that finds nothing (no signal for the symbol, no backtest yet) is answered with its reason; other errors
 * are thrown.
 */
export async function templatedAnswer(question: string, toolbox: ChatToolbox, context: ToolContext, onRecord: (record: ToolRecord) => void = () => undefined): Promise<TemplatedAnswer> {
  const intent = matchIntent(question);
  const lookups = new Lookups(context, onRecord);
  let text: string;
  try {
    text = await body(intent, toolbox, lookups, context.caller.role);
  } catch (error) {
    if (!(error instanceof ToolError)) throw error;
    text = `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`;
  }
  return { intent, text: `${NO_MODEL_NOTE}\n\n${text}`, records: lookups.records };
}
