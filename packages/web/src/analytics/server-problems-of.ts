import type { BacktestFields } from './backtest-fields.js';

const FIELD_OF: Readonly<Record<string, keyof BacktestFields>> = {
  strategy: 'strategy',
  params: 'strategy',
  symbols: 'symbols',
  timeframe: 'timeframe',
  from: 'from',
  to: 'to',
  cash: 'cash',
  commission: 'commissionPercent',
  slippage: 'slippagePercent',
  finalizeTrades: 'finalizeTrades',
};

/** The server's problems (`body.symbols[1]`, `body.params.fast`) on the form fields they belong to; the rest as lines of text. */
export function serverProblemsOf(problems: readonly { readonly field: string; readonly message: string }[]): { fields: Partial<Record<keyof BacktestFields, string>>; other: string[] } {
  const fields: Partial<Record<keyof BacktestFields, string>> = {};
  const other: string[] = [];
  for (const problem of problems) {
    const name = /^body\.([A-Za-z]+)/.exec(problem.field)?.[1];
    const field = name === undefined ? undefined : FIELD_OF[name];
    if (field === undefined) other.push(`${problem.field}: ${problem.message}`);
    else fields[field] = fields[field] === undefined ? problem.message : `${fields[field]}; ${problem.message}`;
  }
  return { fields, other };
}
