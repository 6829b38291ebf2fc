import type { StoredSignal } from '../storage/repositories/stored-signal.js';
import type { CsvColumn } from './csv-writer.js';

/** A signal as the export writes it: the stored signal and the agents that voted its action. */
export interface SignalExportRow {
  readonly signal: StoredSignal;
  readonly agents: readonly string[];
}

/** The columns of the signals CSV export (confidence, strength and size as fractions 0..1, as the API gives them). */
export const SIGNAL_CSV_COLUMNS: readonly CsvColumn<SignalExportRow>[] = [
  { header: 'id', value: (row) => row.signal.id },
  { header: 'time', value: (row) => row.signal.time },
  { header: 'symbol', value: (row) => row.signal.symbol },
  { header: 'timeframe', value: (row) => row.signal.timeframe },
  { header: 'action', value: (row) => row.signal.action },
  { header: 'confidence', value: (row) => row.signal.confidence },
  { header: 'consensus_strength', value: (row) => row.signal.consensusStrength },
  { header: 'risk_level', value: (row) => row.signal.riskLevel },
  { header: 'price', value: (row) => row.signal.price },
  { header: 'entry', value: (row) => row.signal.entry },
  { header: 'stop_loss', value: (row) => row.signal.stopLoss },
  { header: 'take_profit', value: (row) => row.signal.takeProfit },
  { header: 'position_size', value: (row) => row.signal.positionSize },
  { header: 'expires_at', value: (row) => row.signal.expiresAt },
  { header: 'outcome', value: (row) => row.signal.outcome?.result },
  { header: 'outcome_at', value: (row) => row.signal.outcome?.at },
  { header: 'outcome_price', value: (row) => row.signal.outcome?.price },
  { header: 'outcome_return', value: (row) => row.signal.outcome?.return },
  // Semicolons, not commas: the list stays one readable cell.
  { header: 'agents', value: (row) => row.agents.join(';') },
  { header: 'simulated', value: (row) => row.signal.simulated },
  { header: 'created_at', value: (row) => row.signal.createdAt },
];
