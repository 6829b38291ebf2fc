/** Local CSV market data provider, and the bar file reader it shares with the CLI. */
export { BarsFileError } from './bars-file-error.js';
export { CsvProvider, type CsvProviderOptions, type CsvReadOptions } from './csv-provider.js';
export { readBarsFile, symbolFromFileName, type ReadBarsFileResult } from './read-bars-file.js';
