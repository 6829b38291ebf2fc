import { readRepositoryFile, repositoryFilesIn } from './repository-files.js';
import { at, mapping, type Mapping } from './unknown-value.js';
import { parseYamlDocuments } from './yaml-documents.js';

/** The folder of the Kubernetes manifests. */
export const KUBERNETES_FOLDER = 'deploy/kubernetes';

/** One object of a manifest file. */
export interface ManifestObject {
  readonly file: string;
  readonly object: Mapping;
}

/** Every YAML file of the folder, kustomization.yaml included. */
export const manifestFiles: readonly string[] = repositoryFilesIn(KUBERNETES_FOLDER, ['.yaml', '.yml']);

/** Every object of every file (empty documents skipped), the Kustomization included. */
export const manifestObjects: readonly ManifestObject[] = manifestFiles.flatMap((file) =>
  parseYamlDocuments(readRepositoryFile(file), file)
    .filter((document) => document !== null && document !== undefined)
    .map((document, index) => ({ file, object: mapping(document, `${file} document ${index + 1}`) })),
);

/** The Kubernetes objects (everything but the Kustomization). */
export const kubernetesObjects: readonly ManifestObject[] = manifestObjects.filter(({ object }) => object.kind !== 'Kustomization');

/** The object of this kind and name; throws naming both when absent. */
export function manifestObject(kind: string, name: string): Mapping {
  const found = kubernetesObjects.find(({ object }) => object.kind === kind && at(object, 'metadata', 'name') === name);
  if (found === undefined) throw new Error(`${KUBERNETES_FOLDER}: no ${kind} named ${name}`);
  return found.object;
}
