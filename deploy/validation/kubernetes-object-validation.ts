import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import type { Mapping } from './unknown-value.js';

/** A kubernetes-models class: built from an object, `validate()` throws what the API server's schema rejects. */
type KubernetesModel = new (data: Mapping) => { validate(): void };

/** The kinds the manifests use, by `apiVersion/kind`. A kind missing here fails the test instead of passing unchecked. */
const MODELS: ReadonlyMap<string, KubernetesModel> = new Map<string, KubernetesModel>([
  ['v1/ConfigMap', ConfigMap],
  ['v1/Secret', Secret],
  ['v1/Service', Service],
  ['apps/v1/Deployment', Deployment],
  ['autoscaling/v2/HorizontalPodAutoscaler', HorizontalPodAutoscaler],
  ['policy/v1/PodDisruptionBudget', PodDisruptionBudget],
  ['networking.k8s.io/v1/Ingress', Ingress],
]);

/** Checks one manifest object against the Kubernetes OpenAPI schema of its kind; throws with the problems. */
export function validateKubernetesObject(object: Mapping, where: string): void {
  const type = `${String(object.apiVersion)}/${String(object.kind)}`;
  const Model = MODELS.get(type);
  if (Model === undefined) throw new Error(`${where}: no schema for ${type} (known: ${[...MODELS.keys()].join(', ')})`);
  try {
    new Model(object).validate();
  } catch (error) {
    throw new Error(`${where}: ${type} is invalid: ${error instanceof Error ? error.message : String(error)}`);
  }
}
