import { randomWalkBars, SignalEngine } from '@goldensignals/engine';
import type { FastifyInstance } from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { createBaseApp } from '../../app/create-base-app.js';
import { AgentSettingsRepository } from '../../storage/repositories/agent-settings-repository.js';
import { AgentStatsRepository } from '../../storage/repositories/agent-stats-repository.js';
import { describeStorage } from '../../storage/test-support/describe-storage.test-support.js';
import { agentRoutes, type AgentSettingsChange } from './agent-routes.js';
import type { AgentView } from './agent-view.js';

interface AgentDetails extends AgentView {
  readonly configSchema: { properties: Record<string, { default?: unknown }> };
  readonly history: { symbolClass: string; timeframe: string; time: string; hitRate: number; samples: number; weight: number }[];
}

// One engine that learned from 300 daily bars of a crypto random walk: real scored votes in its tracker.
const engine = new SignalEngine();
engine.replay(randomWalkBars({ length: 300, seed: 7, timeframe: '1d', startTime: Date.UTC(2023, 0, 2), symbol: 'BTC-USD' }), { learn: true });

describeStorage('agent routes', (context) => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
  });

  async function start(onAgentSettingsChanged?: (change: AgentSettingsChange) => void): Promise<FastifyInstance> {
    app = await createBaseApp();
    await app.register(agentRoutes, { prefix: '/api/v1', database: context.database, engine, onAgentSettingsChanged });
    return app;
  }

  it("lists every registered agent with its defaults and the tracker's own record per cell; agents that never voted show nothing scored and the neutral weight", async () => {
    const api = await start();
    const items = (await api.inject({ url: '/api/v1/agents' })).json<{ items: AgentView[] }>().items;
    expect(items.map((agent) => agent.id)).toEqual(engine.registry.list().map((definition) => definition.id));
    const rsi = items.find((agent) => agent.id === 'rsi');
    const record = engine.tracker.accuracy('rsi', 'crypto', '1d');
    expect(record.scored).toBeGreaterThan(0);
    expect(rsi).toEqual({
      id: 'rsi',
      name: engine.registry.get('rsi').name,
      category: 'technical',
      description: engine.registry.get('rsi').description,
      enabled: true,
      config: { period: 14, oversold: 30, overbought: 70 },
      overrides: {},
      configError: null,
      scored: record.scored,
      accuracy: [
        {
          symbolClass: 'crypto',
          timeframe: '1d',
          hitRate: record.hitRate,
          rawHitRate: record.rawHitRate,
          samples: record.samples,
          scored: record.scored,
          pushes: record.pushes,
          weight: record.weight,
          updatedAt: new Date(record.updatedAt ?? NaN).toISOString(),
        },
      ],
    });
    // No options chain was given, so this agent abstained on every bar.
    expect(items.find((agent) => agent.id === 'put-call-ratio')?.accuracy).toEqual([
      { symbolClass: 'crypto', timeframe: '1d', hitRate: 0.5, rawHitRate: null, samples: 0, scored: 0, pushes: 0, weight: 1, updatedAt: null },
    ]);

    const options = (await api.inject({ url: '/api/v1/agents?category=options' })).json<{ items: AgentView[] }>().items;
    expect(options.map((agent) => agent.id)).toEqual(['put-call-ratio', 'unusual-options-activity', 'iv-skew']);
    const equity = (await api.inject({ url: '/api/v1/agents?symbolClass=equity' })).json<{ items: AgentView[] }>().items;
    expect(equity.every((agent) => agent.accuracy.length === 0 && agent.scored === 0)).toBe(true);
    const equityDaily = (await api.inject({ url: '/api/v1/agents?symbolClass=equity&timeframe=1d' })).json<{ items: AgentView[] }>().items;
    expect(equityDaily.find((agent) => agent.id === 'rsi')?.accuracy).toMatchObject([{ symbolClass: 'equity', timeframe: '1d', scored: 0, weight: 1 }]);
  });

  it("shows an agent's config schema and its stored weight history, filtered by cell and time and cut to the newest points", async () => {
    const api = await start();
    await new AgentStatsRepository(context.database.db).save(engine.tracker);
    const stored = await new AgentStatsRepository(context.database.db).history('macd');
    expect(stored.length).toBeGreaterThan(3);
    const details = (await api.inject({ url: '/api/v1/agents/macd' })).json<AgentDetails>();
    expect(details.history).toEqual(stored.map((point) => ({ ...point, time: new Date(point.time).toISOString() })));
    expect(details.configSchema.properties.fastPeriod.default).toBe(12);
    expect(details.scored).toBe(engine.tracker.accuracy('macd', 'crypto', '1d').scored);

    const newest = (await api.inject({ url: '/api/v1/agents/macd?limit=2' })).json<AgentDetails>().history;
    expect(newest).toEqual(details.history.slice(-2));
    const since = details.history[details.history.length - 3].time;
    const recent = (await api.inject({ url: `/api/v1/agents/macd?since=${since}` })).json<AgentDetails>().history;
    expect(recent).toEqual(details.history.slice(-3));
    const equity = (await api.inject({ url: '/api/v1/agents/macd?symbolClass=equity' })).json<AgentDetails>();
    expect([equity.history, equity.accuracy]).toEqual([[], []]);
  });

  it('changes a config through the agent schema, merges later changes, puts a field back to its default with null, and tells the engine each time', async () => {
    const changes: AgentSettingsChange[] = [];
    const api = await start((change) => changes.push(change));
    const patch = async (payload: object): Promise<AgentView> => {
      const response = await api.inject({ method: 'PATCH', url: '/api/v1/agents/rsi', payload });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<AgentView>();
    };
    expect(await patch({ config: { period: 21 } })).toMatchObject({ enabled: true, config: { period: 21, oversold: 30, overbought: 70 }, overrides: { period: 21 } });
    expect(await patch({ config: { oversold: 25 } })).toMatchObject({ config: { period: 21, oversold: 25, overbought: 70 }, overrides: { period: 21, oversold: 25 } });
    expect(await patch({ config: { period: null } })).toMatchObject({ config: { period: 14, oversold: 25, overbought: 70 }, overrides: { oversold: 25 } });
    expect(await patch({ enabled: false })).toMatchObject({ enabled: false, overrides: { oversold: 25 } });
    // Who changed it goes to the audit log: here the local owner (no accounts), from inject's address.
    const by = { changedBy: null, meta: { ip: '127.0.0.1', userAgent: 'lightMyRequest' } };
    expect(changes).toEqual([
      { agent: 'rsi', enabled: true, config: { period: 21, oversold: 30, overbought: 70 }, overrides: { period: 21 }, ...by },
      { agent: 'rsi', enabled: true, config: { period: 21, oversold: 25, overbought: 70 }, overrides: { period: 21, oversold: 25 }, ...by },
      { agent: 'rsi', enabled: true, config: { period: 14, oversold: 25, overbought: 70 }, overrides: { oversold: 25 }, ...by },
      { agent: 'rsi', enabled: false, config: { period: 14, oversold: 25, overbought: 70 }, overrides: { oversold: 25 }, ...by },
    ]);
    const listed = (await api.inject({ url: '/api/v1/agents?category=technical' })).json<{ items: AgentView[] }>().items;
    expect(listed.find((agent) => agent.id === 'rsi')).toMatchObject({ enabled: false, config: { period: 14, oversold: 25 } });
    expect(await new AgentSettingsRepository(context.database.db).get('rsi')).toMatchObject({ enabled: false, config: { oversold: 25 }, updatedBy: null });
  });

  it('refuses a bad config with 400 naming every field at fault, and stores and announces nothing', async () => {
    const changes: AgentSettingsChange[] = [];
    const api = await start((change) => changes.push(change));
    const cases: [string, object, [string, string][]][] = [
      ['rsi', { config: { period: 1, colour: 'red' } }, [['body.config.period', 'Too small: expected number to be >=2'], ['body.config.colour', 'is not a setting of agent rsi']]],
      ['rsi', { config: { oversold: 80 } }, [['body.config.oversold', 'oversold must be below overbought']]],
      [
        'ema-ribbon',
        { config: { periods: [8, 1, 21] } },
        [
          ['body.config.periods[1]', 'Too small: expected number to be >=2'],
          ['body.config.periods', 'periods must be strictly increasing'],
        ],
      ],
    ];
    for (const [agent, payload, problems] of cases) {
      const response = await api.inject({ method: 'PATCH', url: `/api/v1/agents/${agent}`, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<{ problems: { field: string; message: string }[] }>().problems.map((problem) => [problem.field, problem.message])).toEqual(problems);
    }
    expect(await new AgentSettingsRepository(context.database.db).list()).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('still lets an admin switch off an agent whose stored config its schema no longer accepts, and lists that agent with its defaults and the reason', async () => {
    await new AgentSettingsRepository(context.database.db).set('rsi', { config: { period: 'fourteen' } });
    const api = await start();
    const rsi = (await api.inject({ url: '/api/v1/agents' })).json<{ items: AgentView[] }>().items.find((agent) => agent.id === 'rsi');
    expect(rsi).toMatchObject({ config: { period: 14 }, overrides: { period: 'fourteen' }, configError: 'config.period Invalid input: expected number, received string' });
    const off = await api.inject({ method: 'PATCH', url: '/api/v1/agents/rsi', payload: { enabled: false } });
    expect(off.json<AgentView>()).toMatchObject({ enabled: false, overrides: { period: 'fourteen' } });
  });

  it('answers bad input with 400 naming the field, and unknown agents with 404', async () => {
    const api = await start();
    const cases: ['GET' | 'PATCH', string, object | undefined, string][] = [
      ['GET', '/api/v1/agents?category=magic', undefined, 'query.category'],
      ['GET', '/api/v1/agents?symbolClass=stocks', undefined, 'query.symbolClass'],
      ['GET', '/api/v1/agents?timeframe=2h', undefined, 'query.timeframe'],
      ['GET', '/api/v1/agents?sort=name', undefined, 'query.sort'],
      ['GET', '/api/v1/agents/rsi?since=yesterday', undefined, 'query.since'],
      ['GET', '/api/v1/agents/rsi?limit=0', undefined, 'query.limit'],
      ['GET', '/api/v1/agents/RSI%21', undefined, 'params.id'],
      ['PATCH', '/api/v1/agents/rsi', {}, 'body'],
      ['PATCH', '/api/v1/agents/rsi', { enabled: 'yes' }, 'body.enabled'],
      ['PATCH', '/api/v1/agents/rsi', { config: 'fast' }, 'body.config'],
      ['PATCH', '/api/v1/agents/rsi', { enabled: true, weight: 2 }, 'body.weight'],
    ];
    for (const [method, url, payload, field] of cases) {
      const response = await api.inject({ method, url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(400);
      expect(response.json<{ problems: { field: string }[] }>().problems.map((problem) => problem.field), url).toContain(field);
    }
    const unknown = await api.inject({ url: '/api/v1/agents/crystal-ball' });
    expect([unknown.statusCode, unknown.json<{ message: string }>().message]).toEqual([404, 'no agent crystal-ball']);
    expect((await api.inject({ method: 'PATCH', url: '/api/v1/agents/crystal-ball', payload: { enabled: false } })).statusCode).toBe(404);
  });
});
