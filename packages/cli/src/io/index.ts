// The bar file reader lives with the server's CSV provider, which reads the same files; its own entry
// point keeps the server's HTTP and database modules out of the CLI's start-up.
export { BarsFileError, readBarsFile, symbolFromFileName, type ReadBarsFileResult } from '@goldensignals/server/bar-files';
export * from './bar-file-options.js';
