import { describe, expect, it } from 'vitest';
import { ConfigError } from '../packages/server/src/config/config-error.js';
import { loadConfig } from '../packages/server/src/config/load-config.js';
import { composeVariableNames, interpolateCompose } from './validation/compose-interpolation.js';
import { compose, composeAsWritten, composeBindMounts, composeService, exampleVariables } from './validation/compose-file.js';
import { composeSchemaProblems } from './validation/compose-schema.js';
import { DEFAULT_PORT, unknownConfigKeys } from './validation/config-key-names.js';
import { repositoryHas } from './validation/repository-files.js';
import { at, list, mapping, text, type Mapping } from './validation/unknown-value.js';

const services = mapping(compose.services, 'services');
const APP_SERVICES = ['api', 'worker'] as const;
const REAL_SECRET = 'k'.repeat(48);

function environmentOf(service: Mapping): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping(service.environment, 'environment')).map(([name, value]) => [name, String(value)]));
}

function healthcheckCommand(service: Mapping, name: string): string[] {
  return list(at(service, 'healthcheck', 'test'), `${name}.healthcheck.test`).map((part, index) => text(part, `${name}.healthcheck.test[${index}]`));
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema once .env.example fills its variables', () => {
    expect(composeSchemaProblems(compose)).toEqual([]);
  });

  it('would be rejected by the schema with a misspelled key (the schema check is live)', () => {
    const broken = { services: { api: { image: 'x', healthcheck: { test: ['CMD', 'true'], intervall: '10s' } } } };
    expect(composeSchemaProblems(broken)).toEqual(['/services/api/healthcheck must NOT have additional properties {"additionalProperty":"intervall"}']);
    expect(composeSchemaProblems({ services: { api: { image: 'x', healthcheck: { interval: 'ten seconds' } } } })).toEqual([
      '/services/api/healthcheck/interval must match format "duration" {"format":"duration"}',
    ]);
  });

  it('runs two API nodes behind nginx, a worker, PostgreSQL 16, Redis 7, Prometheus and Grafana', () => {
    expect(Object.keys(services).sort()).toEqual(['api', 'grafana', 'postgres', 'prometheus', 'proxy', 'redis', 'worker']);
    expect(at(services, 'api', 'deploy', 'replicas')).toBe(2);
    expect(at(services, 'worker', 'deploy', 'replicas')).toBeGreaterThanOrEqual(1);
    expect(text(at(services, 'postgres', 'image'), 'postgres.image')).toMatch(/^postgres:16(\b|$)/);
    expect(text(at(services, 'redis', 'image'), 'redis.image')).toMatch(/^redis:7(\b|$)/);
    expect(text(at(services, 'proxy', 'image'), 'proxy.image')).toMatch(/^nginxinc\/nginx-unprivileged:/);
  });

  it('gives every service a healthcheck and starts a service only once what it depends on is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      const command = healthcheckCommand(mapping(service, name), name);
      expect(['CMD', 'CMD-SHELL'], `${name} healthcheck`).toContain(command[0]);
      for (const [dependency, condition] of Object.entries(mapping(at(service, 'depends_on') ?? {}, `${name}.depends_on`))) {
        expect(at(condition, 'condition'), `${name} waits for ${dependency}`).toBe('service_healthy');
        expect(Object.keys(services)).toContain(dependency);
      }
    }
    for (const name of APP_SERVICES) expect(Object.keys(mapping(at(services, name, 'depends_on'), name)).sort()).toEqual(['postgres', 'redis']);
  });

  it('builds the API and the worker from the Dockerfile and runs them as serve and worker', () => {
    for (const name of APP_SERVICES) expect(composeService(name).build).toBe('.');
    expect(composeService('api').command).toEqual(['serve']);
    expect(composeService('worker').command).toEqual(['worker']);
  });

  it('checks the app nodes on /health of the port they listen on', () => {
    for (const name of APP_SERVICES) {
      const service = composeService(name);
      const port = environmentOf(service).PORT;
      expect(port).toBe(String(DEFAULT_PORT));
      expect(healthcheckCommand(service, name).join(' ')).toContain(`http://127.0.0.1:${port}/health`);
    }
  });

  it('runs nothing as root where the image allows it: app nodes read-only, no capabilities, no privilege gain', () => {
    for (const [name, service] of Object.entries(services)) expect(['root', '0', '0:0'], `${name}.user`).not.toContain(String(at(service, 'user') ?? ''));
    for (const name of APP_SERVICES) {
      const service = composeService(name);
      expect(service.read_only).toBe(true);
      expect(service.tmpfs).toEqual(['/tmp']);
      expect(service.cap_drop).toEqual(['ALL']);
      expect(service.security_opt).toContain('no-new-privileges:true');
    }
  });

  it('sets only real config keys on the app nodes', () => {
    for (const name of APP_SERVICES) expect(unknownConfigKeys(Object.keys(environmentOf(composeService(name))))).toEqual([]);
  });

  it('gives the app nodes a configuration the server accepts: shared PostgreSQL and Redis, behind a proxy', () => {
    for (const name of APP_SERVICES) {
      const env = { ...environmentOf(composeService(name)), JWT_SECRET: REAL_SECRET };
      const config = loadConfig({ env, file: null });
      expect(config.databaseUrl).toBe('postgres://goldensignals:change-me@postgres:5432/goldensignals');
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.host).toBe('0.0.0.0');
      expect(config.port).toBe(DEFAULT_PORT);
      expect(config.trustProxy).toBe(true);
    }
  });

  it('cannot start with the placeholder JWT_SECRET of .env.example', () => {
    let error: unknown;
    try {
      loadConfig({ env: environmentOf(composeService('api')), file: null });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('JWT_SECRET: must be at least 32 characters');
  });

  it('documents every variable it uses in .env.example, and .env.example holds no real secret', () => {
    expect([...composeVariableNames(composeAsWritten)].sort()).toEqual([...exampleVariables.keys()].sort());
    for (const secret of ['POSTGRES_PASSWORD', 'JWT_SECRET', 'GRAFANA_ADMIN_PASSWORD']) expect(exampleVariables.get(secret)).toBe('change-me');
    for (const key of ['POLYGON_API_KEY', 'ALPHA_VANTAGE_API_KEY', 'FINNHUB_API_KEY']) expect(exampleVariables.get(key)).toBe('');
  });

  it('refuses to start without the required secrets (no silent empty password)', () => {
    const withoutSecrets = new Map([...exampleVariables].filter(([name]) => !['POSTGRES_PASSWORD', 'JWT_SECRET', 'GRAFANA_ADMIN_PASSWORD'].includes(name)));
    expect(() => interpolateCompose(composeAsWritten, withoutSecrets)).toThrow(/required variable (POSTGRES_PASSWORD|JWT_SECRET|GRAFANA_ADMIN_PASSWORD) is missing/);
  });

  it('publishes only the proxy to the network; Prometheus and Grafana listen on localhost', () => {
    for (const [name, service] of Object.entries(services)) {
      const ports = (at(service, 'ports') ?? []) as unknown[];
      if (name === 'proxy') expect(ports).toEqual(['8080:8080']);
      else for (const port of ports) expect(String(port), `${name} publishes ${String(port)}`).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it('mounts configuration files that exist in the repository', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const source of composeBindMounts(mapping(service, name)).keys()) expect(repositoryHas(source), `${name} mounts ./${source}`).toBe(true);
    }
  });
});
