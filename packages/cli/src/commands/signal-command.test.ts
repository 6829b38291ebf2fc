import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';
import { multiSymbolFile } from './bar-files.test-support.js';

const SIGNAL_FIELDS = ['symbol', 'timeframe', 'time', 'action', 'confidence', 'consensusStrength', 'price', 'entry', 'stopLoss', 'takeProfit', 'riskLevel', 'positionSize', 'expiresAt', 'summary', 'votes'];

describe('goldensignals signal', () => {
  const file = multiSymbolFile(['AAA', 'BBB'], 400);

  it('prints the signal JSON with exactly the contract fields for the chosen symbol', async () => {
    const run = await runCli('signal', file, '--symbol', 'BBB', '--json');
    expect(run.error).toBeUndefined();
    const signal = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(signal).sort()).toEqual([...SIGNAL_FIELDS].sort());
    expect(signal.symbol).toBe('BBB');
    expect(signal.timeframe).toBe('1d');
    expect(signal.time).toBe(new Date(Date.UTC(2020, 0, 1) + 399 * 86_400_000).toISOString());
    const votes = signal.votes as { agent: string; status: string; reasoning: string }[];
    expect(votes.length).toBeGreaterThanOrEqual(30);
    for (const vote of votes) expect(vote.reasoning.length).toBeGreaterThan(0);
  });

  it('prints a readable signal with every agent listed', async () => {
    const run = await runCli('signal', file, '--symbol', 'AAA');
    expect(run.stdout).toMatch(/^AAA 1d \S+ {2}(BUY|SELL|HOLD) {2}confidence \d\.\d\d/);
    expect(run.stdout).toMatch(/Votes: \d+ voted, \d+ abstained, \d+ excluded/);
    expect(run.stdout).toContain('sma-cross');
  });

  it('asks for --symbol when the file holds several symbols', async () => {
    const run = await runCli('signal', file);
    expect(run.error?.message).toContain('holds 2 symbols (AAA, BBB); choose one with --symbol');
  });
});
