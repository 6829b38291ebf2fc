import { describe, expect, it } from 'vitest';
import { composeBindMounts, composeService } from './validation/compose-file.js';
import { DEFAULT_PORT } from './validation/config-key-names.js';
import { at, list, mapping, text } from './validation/unknown-value.js';
import { readYamlFile } from './validation/yaml-documents.js';

const CONFIG_FILE = 'deploy/prometheus/prometheus.yml';
const config = mapping(readYamlFile(CONFIG_FILE), CONFIG_FILE);
const jobs = list(config.scrape_configs, 'scrape_configs').map((job, index) => mapping(job, `scrape_configs[${index}]`));

function job(name: string): ReturnType<typeof mapping> {
  const found = jobs.find((candidate) => candidate.job_name === name);
  if (found === undefined) throw new Error(`${CONFIG_FILE}: no scrape job ${name}`);
  return found;
}

describe('deploy/prometheus/prometheus.yml', () => {
  it('is the file the compose Prometheus loads', () => {
    expect(composeBindMounts(composeService('prometheus')).get(CONFIG_FILE)).toBe('/etc/prometheus/prometheus.yml');
    expect(composeService('prometheus').command).toContain('--config.file=/etc/prometheus/prometheus.yml');
  });

  it('scrapes /metrics of every API node and every worker, found by DNS so scaled services need no edit', () => {
    for (const [jobName, service] of [['goldensignals-api', 'api'], ['goldensignals-worker', 'worker']] as const) {
      const scrape = job(jobName);
      expect(scrape.metrics_path).toBe('/metrics');
      const discovery = mapping(at(scrape, 'dns_sd_configs', 0), `${jobName}.dns_sd_configs[0]`);
      expect(discovery.names).toEqual([service]);
      expect(discovery.type).toBe('A');
      // The port the node listens on (PORT of the compose service), where /metrics is served.
      expect(discovery.port).toBe(DEFAULT_PORT);
      expect(text(at(composeService(service), 'environment', 'PORT'), `${service}.PORT`)).toBe(String(discovery.port));
    }
  });

  it('uses durations Prometheus accepts', () => {
    for (const value of [at(config, 'global', 'scrape_interval'), at(config, 'global', 'evaluation_interval')]) expect(value).toMatch(/^\d+(ms|s|m|h)$/);
  });
});
