import { ALL_STRATEGIES, type StrategyParamSpec } from '@goldensignals/engine';

const AGENT_PREFIX = 'agent:';

function range(spec: StrategyParamSpec): string {
  const kind = spec.type === 'integer' ? 'integer' : 'number';
  const bounds = [spec.min === undefined ? '' : `>= ${spec.min}`, spec.max === undefined ? '' : `<= ${spec.max}`].filter(Boolean).join(', ');
  return `${kind}${bounds === '' ? '' : ` ${bounds}`}, default ${Number(spec.default.toFixed(6))}`;
}

/** The strategies and their parameters for `backtest --help`; the agent strategies once, as `agent:<id>`. */
export function strategyHelp(): string {
  const agents = ALL_STRATEGIES.filter((d) => d.name.startsWith(AGENT_PREFIX));
  const shown = ALL_STRATEGIES.filter((d) => !d.name.startsWith(AGENT_PREFIX));
  const lines = ['', 'Strategies (--strategy <name>, parameters as --param name=value):'];
  for (const definition of shown) {
    lines.push(`  ${definition.name}: ${definition.description}`);
    for (const spec of definition.params) lines.push(`      ${spec.name}: ${spec.description} (${range(spec)})`);
  }
  if (agents.length > 0) {
    lines.push(`  agent:<id>: one agent alone; its vote is the action (BUY long, SELL short), a fixed share of the margin, no stops.`);
    for (const spec of agents[0].params) lines.push(`      ${spec.name}: ${spec.description} (${range(spec)})`);
    lines.push(`    ids: ${agents.map((d) => d.name.slice(AGENT_PREFIX.length)).join(', ')}`);
  }
  return lines.join('\n');
}
