import { describe, expect, it } from 'vitest';
import { SymbolTagger } from './symbol-tagger.js';

const NAMES = new Map([
  ['AAPL', ['Apple Inc.']],
  ['NVDA', ['NVIDIA Corporation']],
  ['BTC-USD', ['Bitcoin USD']],
]);
const tagger = new SymbolTagger(['AAPL', 'MSFT', 'NVDA', 'BTC-USD', 'GE', 'ALL', 'BRK.B'], NAMES);

describe('SymbolTagger', () => {
  it('ties cashtags of any length, in any case, and exchange-qualified tickers', () => {
    expect(tagger.symbolsIn('Options traders pile into $ge and $MSFT')).toEqual(['MSFT', 'GE']);
    expect(tagger.symbolsIn('Allstate Corp. (NYSE: ALL) raises rates; Berkshire (NYSE:BRK.B) too')).toEqual(['ALL', 'BRK.B']);
    expect(tagger.symbolsIn('Results from Nasdaq: msft')).toEqual(['MSFT']);
  });

  it('ties bare tickers of three characters or more written in capitals, and the base of a crypto pair', () => {
    expect(tagger.symbolsIn('MSFT and AAPL lead the Dow higher')).toEqual(['AAPL', 'MSFT']);
    expect(tagger.symbolsIn('BTC tops $100k as ETF inflows grow')).toEqual(['BTC-USD']);
    // Short tickers and acronyms that are tickers too are too often something else when bare.
    expect(tagger.symbolsIn('GE and ALL of the CEO pay in focus')).toEqual([]);
    // Inside words, in lower case or in shouted headlines, capitals prove nothing.
    expect(tagger.symbolsIn('msft aapl amsft')).toEqual([]);
    expect(tagger.symbolsIn('MARKETS RALLY AS MSFT SOARS TO RECORD')).toEqual([]);
  });

  it('ties company names as headlines write them, including a capitals name in title case', () => {
    expect(tagger.symbolsIn("Apple's new iPhone sells out")).toEqual(['AAPL']);
    expect(tagger.symbolsIn('Nvidia and NVIDIA partners rally')).toEqual(['NVDA']);
    expect(tagger.symbolsIn('Bitcoin slides below support')).toEqual(['BTC-USD']);
    expect(tagger.symbolsIn('Pineapple prices climb')).toEqual([]);
  });

  it('ties feed categories that name a ticker, with or without $ or an exchange', () => {
    expect(tagger.symbolsIn('Quarterly results', ['Technology', 'MSFT', '$nvda', 'NASDAQ: AAPL'])).toEqual(['AAPL', 'MSFT', 'NVDA']);
  });

  it('ties nothing without known symbols', () => {
    expect(new SymbolTagger([]).symbolsIn('$AAPL surges')).toEqual([]);
  });
});
