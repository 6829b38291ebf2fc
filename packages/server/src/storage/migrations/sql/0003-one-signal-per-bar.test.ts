import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createDatabase } from '../../create-database.js';
import { executeRows } from '../../execute-rows.js';
import { SignalRepository } from '../../repositories/signal-repository.js';
import { describeEngines } from '../../test-support/describe-engines.test-support.js';
import { signalFixture } from '../../test-support/signal-fixture.test-support.js';
import { useTestDrivers } from '../../test-support/use-test-drivers.test-support.js';
import { MIGRATIONS } from '../all-migrations.js';
import { initialMigration } from './0001-initial.js';
import { learningWatermarksMigration } from './0002-learning-watermarks.js';

describeEngines('migration 0003 one_signal_per_bar', (kind) => {
  const drivers = useTestDrivers(kind);

  it('keeps the first stored of duplicate signals, with its votes, and then refuses duplicates', async () => {
    const before = createDatabase(await drivers.driver(), [initialMigration, learningWatermarksMigration]);
    await before.migrate();
    const repository = new SignalRepository(before.db);
    const bar = { symbol: 'AAPL', timeframe: '1h', time: '2024-01-02T15:00:00.000Z' } as const;
    const first = await repository.save(signalFixture(bar), { createdAt: new Date('2024-01-02T16:00:01Z') });
    await repository.save(signalFixture({ ...bar, action: 'SELL' }), { createdAt: new Date('2024-01-02T16:00:02Z') });
    await repository.save(signalFixture({ ...bar, timeframe: '1d' }));

    const after = createDatabase(await drivers.driver(), MIGRATIONS);
    expect((await after.migrate()).applied).toContain('0003_one_signal_per_bar');
    const rows = await executeRows<{ id: string; timeframe: string; votes: number }>(
      after.db,
      sql`SELECT s.id, s.timeframe, (SELECT count(*)::int FROM signal_votes v WHERE v.signal_id = s.id) AS votes FROM signals s ORDER BY s.timeframe`,
    );
    expect(rows).toEqual([
      { id: expect.any(String), timeframe: '1d', votes: first.votes.length },
      { id: first.id, timeframe: '1h', votes: first.votes.length },
    ]);
    const [orphans] = await executeRows<{ n: number }>(after.db, sql`SELECT count(*)::int AS n FROM signal_votes WHERE signal_id NOT IN (SELECT id FROM signals)`);
    expect(orphans.n).toBe(0);
    await expect(new SignalRepository(after.db).save(signalFixture(bar))).rejects.toMatchObject({ field: 'time' });
  });
});
