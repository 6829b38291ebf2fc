import { Decimal } from '../paper/decimal.js';
import type { FillView } from '../paper/portfolio-views.js';
import type { CsvColumn } from './csv-writer.js';

/** A paper fill as the export writes it, with the name of its portfolio. */
export interface TradeExportRow {
  readonly fill: FillView;
  readonly portfolioName: string;
}

/** The traded value of a fill, exact: quantity × price (commission apart). */
function grossValue(fill: FillView): string {
  return Decimal.parse(fill.quantity).times(Decimal.parse(fill.price)).toString();
}

/** The columns of the paper trades CSV export; amounts are exact decimal text, as the API gives them. */
export const TRADE_CSV_COLUMNS: readonly CsvColumn<TradeExportRow>[] = [
  { header: 'time', value: (row) => row.fill.time },
  { header: 'portfolio_id', value: (row) => row.fill.portfolioId },
  { header: 'portfolio', value: (row) => row.portfolioName },
  { header: 'symbol', value: (row) => row.fill.symbol },
  { header: 'side', value: (row) => row.fill.side },
  { header: 'quantity', value: (row) => row.fill.quantity },
  { header: 'price', value: (row) => row.fill.price },
  { header: 'value', value: (row) => grossValue(row.fill) },
  { header: 'commission', value: (row) => row.fill.commission },
  { header: 'order_id', value: (row) => row.fill.orderId },
  { header: 'fill_id', value: (row) => row.fill.id },
];
