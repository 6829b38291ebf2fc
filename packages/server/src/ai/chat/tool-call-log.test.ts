import { describe, expect, it } from 'vitest';
import { ToolCallLog } from './tool-call-log.js';

describe('ToolCallLog', () => {
  it("pairs each run with the model's call id by tool and arguments, whichever is reported first, in order", () => {
    const log = new ToolCallLog();
    log.announced({ id: 'call_1', name: 'get_quote', arguments: { symbol: 'AAPL' } }, 'quote of AAPL');
    log.announced({ id: 'call_2', name: 'get_quote', arguments: { symbol: 'AAPL' } }, 'quote of AAPL');
    log.ran('get_signal', { timeframe: '1d', symbol: 'MSFT' }, 'latest MSFT 1d signal', '{"b":2}', []);
    log.ran('get_quote', { symbol: 'AAPL' }, 'quote of AAPL', '{"price":1}', [{ kind: 'quote', id: 'AAPL', title: 'AAPL quote' }]);
    log.ran('get_quote', { symbol: 'AAPL' }, 'quote of AAPL', '{"price":2}', []);
    // Arguments in another key order are the same call.
    log.announced({ id: 'call_3', name: 'get_signal', arguments: { symbol: 'MSFT', timeframe: '1d' } }, 'latest MSFT 1d signal');
    log.announced({ id: 'call_4', name: 'search_signals', arguments: {} }, 'latest signals');
    expect(log.records().map((record) => [record.call.id, record.content, record.citations.length])).toEqual([
      ['call_1', '{"price":1}', 1],
      ['call_2', '{"price":2}', 0],
      ['call_3', '{"b":2}', 0],
      ['call_4', '(not run: the answer ended first)', 0],
    ]);
  });
});
