/** A sector and the SPDR Select Sector ETF that tracks it. */
export interface SectorEtf {
  readonly symbol: string;
  readonly sector: string;
}

/** The 11 GICS sectors by their SPDR Select Sector ETFs. */
export const SECTOR_ETFS: readonly SectorEtf[] = [
  { symbol: 'XLK', sector: 'Technology' },
  { symbol: 'XLF', sector: 'Financials' },
  { symbol: 'XLV', sector: 'Health Care' },
  { symbol: 'XLE', sector: 'Energy' },
  { symbol: 'XLY', sector: 'Consumer Discretionary' },
  { symbol: 'XLP', sector: 'Consumer Staples' },
  { symbol: 'XLI', sector: 'Industrials' },
  { symbol: 'XLB', sector: 'Materials' },
  { symbol: 'XLU', sector: 'Utilities' },
  { symbol: 'XLRE', sector: 'Real Estate' },
  { symbol: 'XLC', sector: 'Communication Services' },
];
