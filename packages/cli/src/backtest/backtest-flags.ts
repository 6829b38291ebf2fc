import type { BacktestOptions } from '@goldensignals/engine';
import { Option, type Command } from 'commander';
import { parseNumberOption } from './parse-number-option.js';

/** The backtest flags as commander hands them over. */
export interface BacktestFlags {
  readonly cash?: number;
  readonly commission?: number;
  readonly spread?: number;
  readonly margin?: number;
  readonly exclusiveOrders?: boolean;
  readonly finalizeTrades?: boolean;
  readonly tradeOnClose?: boolean;
  readonly fractional?: boolean;
}

/**
 * Adds the flags every backtesting command shares (`backtest`, `optimize`, `walk-forward`), with
 * backtesting.py's defaults: cash 10 000, no costs, fills at the next open, whole units.
 */
export function addBacktestFlags(command: Command): Command {
  return command
    .addOption(new Option('--cash <amount>', 'starting cash (default 10000)').argParser(parseNumberOption))
    .addOption(new Option('--commission <rate>', 'commission per fill as a fraction of the traded value, charged at entry and at exit (0.002 = 0.2 %; default 0)').argParser(parseNumberOption))
    .addOption(new Option('--spread <fraction>', 'bid-ask spread as a fraction of the price, paid on entry (0.0002 = 2 bps; default 0)').argParser(parseNumberOption))
    .addOption(new Option('--margin <fraction>', 'required margin, 1 / leverage (default 1: no leverage)').argParser(parseNumberOption))
    .addOption(new Option('--exclusive-orders', 'each new order closes the open trades and cancels pending orders first'))
    .addOption(new Option('--finalize-trades', "close trades still open after the last bar (at its open) so they count in the statistics"))
    .addOption(new Option('--trade-on-close', "fill market orders at the deciding bar's close instead of the next bar's open"))
    .addOption(new Option('--fractional', 'trade fractional units (crypto, FX) instead of whole units'));
}

/** The flags as engine options (the engine checks the values and fills in its defaults). */
export function backtestOptionsFrom(flags: BacktestFlags): BacktestOptions {
  return {
    ...(flags.cash !== undefined && { cash: flags.cash }),
    ...(flags.commission !== undefined && { commission: flags.commission }),
    ...(flags.spread !== undefined && { spread: flags.spread }),
    ...(flags.margin !== undefined && { margin: flags.margin }),
    tradeOnClose: flags.tradeOnClose ?? false,
    exclusiveOrders: flags.exclusiveOrders ?? false,
    finalizeTrades: flags.finalizeTrades ?? false,
    fractional: flags.fractional ?? false,
  };
}
