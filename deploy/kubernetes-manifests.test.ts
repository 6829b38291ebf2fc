import { describe, expect, it } from 'vitest';
import { ConfigError } from '../packages/server/src/config/config-error.js';
import { loadConfig } from '../packages/server/src/config/load-config.js';
import { DEFAULT_PORT, unknownConfigKeys } from './validation/config-key-names.js';
import { validateKubernetesObject } from './validation/kubernetes-object-validation.js';
import { KUBERNETES_FOLDER, kubernetesObjects, manifestFiles, manifestObject, manifestObjects } from './validation/kubernetes-manifests.js';
import { at, isMapping, list, mapping, text, type Mapping } from './validation/unknown-value.js';

const API = 'goldensignals-api';
const WORKER = 'goldensignals-worker';
const configMap = manifestObject('ConfigMap', 'goldensignals-config');
const secret = manifestObject('Secret', 'goldensignals-secrets');
const kustomization = mapping(manifestObjects.find(({ object }) => object.kind === 'Kustomization')?.object, 'kustomization.yaml');

function podSpec(deployment: string): Mapping {
  return mapping(at(manifestObject('Deployment', deployment), 'spec', 'template', 'spec'), `${deployment} pod spec`);
}

function container(deployment: string): Mapping {
  const containers = list(podSpec(deployment).containers, `${deployment} containers`);
  expect(containers).toHaveLength(1);
  return mapping(containers[0], `${deployment} container`);
}

function podLabels(deployment: string): Mapping {
  return mapping(at(manifestObject('Deployment', deployment), 'spec', 'template', 'metadata', 'labels'), `${deployment} pod labels`);
}

/** The container port a probe or Service points at (by name or number), or undefined when it names none. */
function containerPort(deployment: string, port: unknown): number | undefined {
  const ports = list(container(deployment).ports, `${deployment} ports`).map((item) => mapping(item, 'port'));
  const found = ports.find((item) => item.name === port || item.containerPort === port);
  return typeof found?.containerPort === 'number' ? found.containerPort : undefined;
}

function selects(selector: unknown, labels: Mapping): boolean {
  return isMapping(selector) && Object.keys(selector).length > 0 && Object.entries(selector).every(([name, value]) => labels[name] === value);
}

function settings(): Record<string, string> {
  const fromConfigMap = mapping(configMap.data, 'ConfigMap data');
  const fromSecret = mapping(secret.stringData, 'Secret stringData');
  return Object.fromEntries([...Object.entries(fromConfigMap), ...Object.entries(fromSecret)].map(([name, value]) => [name, text(value, name)]));
}

describe('deploy/kubernetes', () => {
  it('validates every object against the Kubernetes schema of its kind', () => {
    expect(kubernetesObjects.length).toBeGreaterThanOrEqual(9);
    for (const { file, object } of kubernetesObjects) validateKubernetesObject(object, file);
  });

  it('would reject an object the API server rejects (the schema check is live)', () => {
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two', selector: {}, template: {} } };
    expect(() => validateKubernetesObject(broken, 'test')).toThrow('spec/replicas must be integer');
  });

  it('is namespace-agnostic: no object names a namespace', () => {
    for (const { file, object } of manifestObjects) expect(at(object, 'metadata', 'namespace'), file).toBeUndefined();
    expect(kustomization.namespace).toBeUndefined();
  });

  it('lists every manifest in kustomization.yaml except the optional Ingress', () => {
    const resources = list(kustomization.resources, 'resources').map((resource) => `${KUBERNETES_FOLDER}/${text(resource, 'resource')}`);
    expect(resources.sort()).toEqual(manifestFiles.filter((file) => !/\/(kustomization|ingress)\.yaml$/.test(file)));
    expect(at(kustomization, 'images', 0, 'name')).toBe('goldensignals');
    for (const name of [API, WORKER]) expect(container(name).image).toBe('goldensignals');
  });

  it('runs 2 API replicas with startup and liveness probes on /health and readiness on /ready, on the port the server listens on', () => {
    expect(at(manifestObject('Deployment', API), 'spec', 'replicas')).toBe(2);
    const api = container(API);
    expect(api.args).toEqual(['serve']);
    for (const [probe, path] of [['startupProbe', '/health'], ['livenessProbe', '/health'], ['readinessProbe', '/ready']] as const) {
      expect(at(api, probe, 'httpGet', 'path'), probe).toBe(path);
      expect(containerPort(API, at(api, probe, 'httpGet', 'port')), probe).toBe(DEFAULT_PORT);
    }
    expect(at(configMap, 'data', 'PORT')).toBe(String(DEFAULT_PORT));
    expect(at(configMap, 'data', 'HOST')).toBe('0.0.0.0');
  });

  it('runs the worker command with probes on /health and /ready and no Service in front', () => {
    const worker = container(WORKER);
    expect(worker.args).toEqual(['worker']);
    for (const [probe, path] of [['startupProbe', '/health'], ['livenessProbe', '/health'], ['readinessProbe', '/ready']] as const) {
      expect(at(worker, probe, 'httpGet', 'path'), probe).toBe(path);
      expect(containerPort(WORKER, at(worker, probe, 'httpGet', 'port')), probe).toBe(DEFAULT_PORT);
    }
    for (const { object } of kubernetesObjects.filter(({ object }) => object.kind === 'Service')) expect(selects(at(object, 'spec', 'selector'), podLabels(WORKER))).toBe(false);
  });

  it('runs both as non-root on a read-only root filesystem, with /tmp on an emptyDir and resources set', () => {
    for (const name of [API, WORKER]) {
      const pod = podSpec(name);
      const main = container(name);
      expect(at(pod, 'securityContext', 'runAsNonRoot'), name).toBe(true);
      expect(at(pod, 'securityContext', 'runAsUser'), name).toBe(1000);
      expect(pod.automountServiceAccountToken, name).toBe(false);
      expect(main.securityContext, name).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
      const tmp = list(main.volumeMounts, 'volumeMounts').map((mount) => mapping(mount, 'volumeMount')).find((mount) => mount.mountPath === '/tmp');
      const volume = list(pod.volumes, 'volumes').map((item) => mapping(item, 'volume')).find((item) => item.name === tmp?.name);
      expect(isMapping(volume?.emptyDir), `${name} /tmp is an emptyDir`).toBe(true);
      // The autoscaler computes CPU utilisation against the request: without one it cannot scale.
      expect(at(main, 'resources', 'requests', 'cpu'), name).toBeTypeOf('string');
      expect(at(main, 'resources', 'requests', 'memory'), name).toBeTypeOf('string');
      expect(at(main, 'resources', 'limits', 'memory'), name).toBeTypeOf('string');
    }
  });

  it('reads settings from the ConfigMap and the Secret of the manifests, whose keys are all config keys', () => {
    for (const name of [API, WORKER]) {
      expect(container(name).envFrom).toEqual([{ configMapRef: { name: 'goldensignals-config' } }, { secretRef: { name: 'goldensignals-secrets' } }]);
      expect(container(name).env).toBeUndefined();
    }
    expect(unknownConfigKeys(Object.keys(settings()))).toEqual([]);
  });

  it('ships a Secret of placeholders the server refuses, and a configuration it accepts once real values are set', () => {
    const values = settings();
    for (const name of Object.keys(mapping(secret.stringData, 'stringData'))) expect(values[name], name).toContain('REPLACE-ME');
    let error: unknown;
    try {
      loadConfig({ env: values, file: null });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('JWT_SECRET: must be at least 32 characters');
    const config = loadConfig({ env: { ...values, JWT_SECRET: 'k'.repeat(48) }, file: null });
    expect(config.databaseUrl).toMatch(/^postgres:\/\//);
    expect(config.redisUrl).toMatch(/^redis:\/\//);
    expect(config.trustProxy).toBe(true);
  });

  it('puts a Service in front of the API pods, on their named port', () => {
    const service = manifestObject('Service', API);
    expect(selects(at(service, 'spec', 'selector'), podLabels(API))).toBe(true);
    expect(containerPort(API, at(service, 'spec', 'ports', 0, 'targetPort'))).toBe(DEFAULT_PORT);
  });

  it('autoscales the API Deployment on CPU, from its replica count up', () => {
    const hpa = manifestObject('HorizontalPodAutoscaler', API);
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(at(hpa, 'spec', 'scaleTargetRef')).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: API });
    expect(at(hpa, 'spec', 'minReplicas')).toBe(at(manifestObject('Deployment', API), 'spec', 'replicas'));
    expect(at(hpa, 'spec', 'metrics', 0, 'resource', 'name')).toBe('cpu');
    expect(at(manifestObject('HorizontalPodAutoscaler', WORKER), 'spec', 'scaleTargetRef', 'name')).toBe(WORKER);
  });

  it('keeps an API pod through voluntary disruptions', () => {
    const budget = manifestObject('PodDisruptionBudget', API);
    expect(selects(at(budget, 'spec', 'selector', 'matchLabels'), podLabels(API))).toBe(true);
    expect(at(budget, 'spec', 'minAvailable')).toBe(1);
  });

  it('selects each Deployment\'s pods with its own selector', () => {
    for (const name of [API, WORKER]) expect(selects(at(manifestObject('Deployment', name), 'spec', 'selector', 'matchLabels'), podLabels(name))).toBe(true);
    expect(selects(at(manifestObject('Deployment', API), 'spec', 'selector', 'matchLabels'), podLabels(WORKER))).toBe(false);
  });

  it('routes the optional Ingress to the API Service port, with WebSocket timeouts', () => {
    const ingress = manifestObject('Ingress', 'goldensignals');
    const backend = at(ingress, 'spec', 'rules', 0, 'http', 'paths', 0, 'backend', 'service');
    expect(backend).toEqual({ name: API, port: { name: at(manifestObject('Service', API), 'spec', 'ports', 0, 'name') } });
    expect(at(ingress, 'metadata', 'annotations', 'nginx.ingress.kubernetes.io/proxy-read-timeout')).toBe('3600');
  });
});
