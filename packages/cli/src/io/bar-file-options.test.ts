import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addBarFileOptions, parseBarsOptionsFrom, type BarFileCommandOptions } from './bar-file-options.js';

function parse(args: string[]): BarFileCommandOptions {
  const command = addBarFileOptions(new Command('read'))
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  command.parse(args, { from: 'user' });
  return command.opts<BarFileCommandOptions>();
}

describe('addBarFileOptions', () => {
  it('maps the flags to parseBarsCsv options', () => {
    const options = parse(['--symbol', 'AAPL', '--timeframe', '4h', '--invalid-rows', 'skip', '--sort', '--skip-lines', '1', '--time-column', 'unix', '--delimiter', 'tab']);
    expect(parseBarsOptionsFrom(options)).toEqual({
      symbol: 'AAPL',
      timeframe: '4h',
      invalidRows: 'skip',
      sort: true,
      skipLines: 1,
      timeColumn: 'unix',
      delimiter: '\t',
    });
  });

  it('leaves unset options out so the reader defaults apply (invalid rows: error)', () => {
    expect(parseBarsOptionsFrom(parse([]))).toEqual({ invalidRows: 'error' });
  });

  it('rejects bad values, naming the option', () => {
    expect(() => parse(['--timeframe', '2h'])).toThrow('timeframe must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w, got "2h"');
    expect(() => parse(['--skip-lines', '-1'])).toThrow('skip-lines must be an integer >= 0, got "-1"');
    expect(() => parse(['--delimiter', 'pipe'])).toThrow('delimiter must be comma, tab or semicolon, got "pipe"');
    expect(() => parse(['--invalid-rows', 'drop'])).toThrow(/Allowed choices are error, skip/);
  });
});
