import { interpolateCompose } from './compose-interpolation.js';
import { parseEnvFile } from './env-file.js';
import { readRepositoryFile } from './repository-files.js';
import { mapping, type Mapping } from './unknown-value.js';
import { readYamlFile } from './yaml-documents.js';

/** The compose file, as written (variables not replaced). */
export const composeAsWritten: unknown = readYamlFile('docker-compose.yml');

/** The documented variables (.env.example), as a fresh `cp .env.example .env` gives them. */
export const exampleVariables: ReadonlyMap<string, string> = parseEnvFile(readRepositoryFile('.env.example'), '.env.example');

/** The compose file as `docker compose` reads it after `cp .env.example .env`. */
export const compose: Mapping = mapping(interpolateCompose(composeAsWritten, exampleVariables), 'docker-compose.yml');

/** One service of the (interpolated) compose file; throws naming it when absent. */
export function composeService(name: string): Mapping {
  return mapping(mapping(compose.services, 'services')[name], `services.${name}`);
}

/** A service's bind mounts (`./source:target[:mode]`) as source (repository-relative) -> target (mode left out). */
export function composeBindMounts(service: Mapping): Map<string, string> {
  const mounts = new Map<string, string>();
  for (const volume of Array.isArray(service.volumes) ? service.volumes : []) {
    if (typeof volume !== 'string' || !volume.startsWith('./')) continue;
    const [source = '', target = ''] = volume.slice(2).split(':');
    mounts.set(source, target);
  }
  return mounts;
}
