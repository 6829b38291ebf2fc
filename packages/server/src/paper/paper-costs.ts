import { resolveBacktestOptions, type CommissionModel } from '@goldensignals/engine';
import type { OrderSide } from '../storage/schema/orders.js';
import { Decimal } from './decimal.js';

/** Decimal places of the ledger's money columns (`numeric(24, 8)`): prices, cash and commissions are kept to these. */
export const MONEY_PLACES = 8;
/** Decimal places of the ledger's quantity columns (`numeric(28, 10)`). */
export const QUANTITY_PLACES = 10;

/** The simulated broker's costs, as the engine's backtest and paper broker take them. */
export interface PaperCostOptions {
  /** A number is the relative rate per fill (0.001 = 0.1 %); an object adds a fixed part. Default 0. */
  readonly commission?: number | CommissionModel;
  /** Slippage as a fraction of the price paid when buying (0.0005 = 5 bps). Default 0. */
  readonly spread?: number;
}

/**
 * The costs of the simulated broker in exact decimals. They follow the engine's broker (the paper
 * module's executor): a buy — the only kind of entry in a cash account — fills at `price × (1 + spread)`,
 * a sell (an exit) at the price itself; every fill pays `fixed + quantity × fill price × relative`.
 */
export class PaperCosts {
  private constructor(
    private readonly fixed: Decimal,
    private readonly relative: Decimal,
    private readonly spread: Decimal,
  ) {}

  /** Checks the options with the engine's own validation (a RangeError names the bad one). */
  static of(options: PaperCostOptions = {}): PaperCosts {
    const resolved = resolveBacktestOptions({ commission: options.commission, spread: options.spread });
    return new PaperCosts(Decimal.of(resolved.commissionFixed), Decimal.of(resolved.commissionRelative), Decimal.of(resolved.spread));
  }

  /** What a fill of `side` at market price `price` pays per unit, rounded to the ledger's places. */
  fillPrice(side: OrderSide, price: Decimal): Decimal {
    return side === 'buy' ? price.times(Decimal.of(1).plus(this.spread)).round(MONEY_PLACES) : price.round(MONEY_PLACES);
  }

  /** The commission of a fill of `quantity` at `fillPrice`, rounded to the ledger's places. */
  commission(quantity: Decimal, fillPrice: Decimal): Decimal {
    return this.fixed.plus(quantity.times(fillPrice).times(this.relative)).round(MONEY_PLACES);
  }
}
