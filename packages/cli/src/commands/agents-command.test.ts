import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';

describe('goldensignals agents', () => {
  it('lists at least 30 agents across the five categories with their default configs', async () => {
    const run = await runCli('agents', '--json');
    const agents = JSON.parse(run.stdout) as { id: string; category: string; defaults: object }[];
    expect(agents.length).toBeGreaterThanOrEqual(30);
    expect(new Set(agents.map((a) => a.category))).toEqual(new Set(['technical', 'risk', 'options', 'sentiment', 'external']));
    expect(agents.find((a) => a.id === 'rsi')?.defaults).toEqual({ period: 14, oversold: 30, overbought: 70 });
  });

  it('filters by category', async () => {
    const run = await runCli('agents', '--category', 'options');
    expect(run.stdout).toContain('put-call-ratio');
    expect(run.stdout).not.toContain('sma-cross');
  });

  it('says so when a category has no agents', async () => {
    const run = await runCli('agents', '--category', 'astrology');
    expect(run.error?.message).toBe('no agents in category "astrology"');
  });
});
