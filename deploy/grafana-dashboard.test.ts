import { describe, expect, it } from 'vitest';
import { composeBindMounts, composeService } from './validation/compose-file.js';
import { exposedMetricNames } from './validation/exposed-metric-names.js';
import { promqlMetricNames } from './validation/promql-metric-names.js';
import { readRepositoryFile } from './validation/repository-files.js';
import { at, list, mapping, text, type Mapping } from './validation/unknown-value.js';
import { readYamlFile } from './validation/yaml-documents.js';

const DASHBOARD_FILE = 'deploy/grafana/dashboards/goldensignals.json';
const dashboard = mapping(JSON.parse(readRepositoryFile(DASHBOARD_FILE)), DASHBOARD_FILE);
const datasources = list(at(readYamlFile('deploy/grafana/provisioning/datasources/prometheus.yml'), 'datasources'), 'datasources').map((item) => mapping(item, 'datasource'));
const providers = list(at(readYamlFile('deploy/grafana/provisioning/dashboards/goldensignals.yml'), 'providers'), 'providers').map((item) => mapping(item, 'provider'));
const panels = list(dashboard.panels, 'panels').map((panel, index) => mapping(panel, `panels[${index}]`));
const queryPanels = panels.filter((panel) => panel.type !== 'row');
/** Prometheus' own series a dashboard may use besides the app's. */
const PROMETHEUS_SERIES: ReadonlySet<string> = new Set(['up']);

function expressions(panel: Mapping): string[] {
  return list(panel.targets, `panel ${String(panel.title)} targets`).map((target) => text(at(target, 'expr'), `panel ${String(panel.title)} expr`));
}

const allExpressions = queryPanels.flatMap(expressions);
const usedMetrics = new Set(allExpressions.flatMap(promqlMetricNames));

describe('Grafana provisioning', () => {
  it('provisions the compose Prometheus as the default datasource with a fixed uid', () => {
    expect(datasources).toHaveLength(1);
    expect(datasources[0]).toMatchObject({ uid: 'prometheus', type: 'prometheus', url: 'http://prometheus:9090', isDefault: true });
  });

  it('loads dashboards from the folder compose mounts the dashboard JSON into', () => {
    const grafana = composeService('grafana');
    const mounts = composeBindMounts(grafana);
    expect(mounts.get('deploy/grafana/provisioning')).toBe('/etc/grafana/provisioning');
    const dashboardFolder = mounts.get('deploy/grafana/dashboards');
    expect(providers.map((provider) => at(provider, 'options', 'path'))).toEqual([dashboardFolder]);
    expect(at(grafana, 'environment', 'GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH')).toBe(`${dashboardFolder}/goldensignals.json`);
  });
});

describe('deploy/grafana/dashboards/goldensignals.json', () => {
  it('has a fixed uid, unique panel ids and titles, and a grid position for every panel', () => {
    expect(dashboard.uid).toBe('goldensignals');
    const ids = panels.map((panel) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
    const titles = panels.map((panel) => panel.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const panel of panels) expect(at(panel, 'gridPos', 'w'), String(panel.title)).toBeGreaterThan(0);
  });

  it('queries only the provisioned datasource', () => {
    for (const panel of queryPanels) {
      expect(at(panel, 'datasource', 'uid'), String(panel.title)).toBe('prometheus');
      for (const target of list(panel.targets, 'targets')) expect(at(target, 'datasource', 'uid')).toBe('prometheus');
    }
  });

  it('uses only metric names the server really exposes (a renamed metric fails here)', () => {
    const exposed = exposedMetricNames();
    const unknown = [...usedMetrics].filter((name) => !exposed.has(name) && !PROMETHEUS_SERIES.has(name));
    expect(unknown).toEqual([]);
    for (const panel of queryPanels) for (const expression of expressions(panel)) expect(promqlMetricNames(expression).length, expression).toBeGreaterThan(0);
  });

  it('shows request rate and latency, signals and their latency, agents, providers and circuits, WebSockets and the queue', () => {
    for (const metric of [
      'goldensignals_http_request_duration_seconds_count',
      'goldensignals_http_request_duration_seconds_bucket',
      'goldensignals_signals_generated_total',
      'goldensignals_signal_generation_duration_seconds_bucket',
      'goldensignals_agent_duration_seconds_bucket',
      'goldensignals_agent_errors_total',
      'goldensignals_provider_requests_total',
      'goldensignals_provider_request_duration_seconds_bucket',
      'goldensignals_provider_circuit_state',
      'goldensignals_websocket_connections',
      'goldensignals_queue_depth',
    ]) {
      expect(usedMetrics, metric).toContain(metric);
    }
  });

  it('reads counters and histograms through rate(), never as raw totals', () => {
    for (const expression of allExpressions) {
      for (const name of promqlMetricNames(expression).filter((metric) => /_(total|bucket|count|sum)$/.test(metric))) {
        expect(expression, name).toMatch(new RegExp(`(rate|increase)\\(${name}\\b`));
      }
    }
  });
});
