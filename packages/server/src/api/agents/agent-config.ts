import type { AgentDefinition, AgentRegistry } from '@goldensignals/engine';
import { AppError, type FieldProblem } from '../../errors/app-error.js';

/** A change of an agent's config overrides as PATCH takes it: a value sets a field, `null` puts back its default. */
export type AgentConfigPatch = Readonly<Record<string, unknown>>;

/** An agent's config as it runs: defaults with the stored overrides applied, or the defaults when those are no longer valid. */
export interface EffectiveAgentConfig {
  readonly config: object;
  /** Why the stored overrides were set aside (an agent's schema changed since they were stored), else `null`. */
  readonly problem: string | null;
}

/** The overrides after `patch`: JSON merge patch (RFC 7396) on the top-level fields; no agent setting takes `null`. */
export function applyConfigPatch(overrides: Readonly<Record<string, unknown>>, patch: AgentConfigPatch): Record<string, unknown> {
  return Object.fromEntries(Object.entries({ ...overrides, ...patch }).filter(([, value]) => value !== null));
}

function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, part) => (typeof part === 'number' ? `${field}[${part}]` : `${field}.${String(part)}`), prefix);
}

function problemsOf(definition: AgentDefinition, overrides: unknown, prefix: string): FieldProblem[] {
  const parsed = definition.configSchema.safeParse(overrides);
  if (parsed.success) return [];
  return parsed.error.issues.flatMap((issue): FieldProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldPath(prefix, [...issue.path, key]), message: `is not a setting of agent ${definition.id}` }));
    }
    return [{ field: fieldPath(prefix, issue.path), message: issue.message }];
  });
}

/**
 * The full config of agent `id` with `overrides`, checked by the agent's own strict schema and built
 * once through the registry as the engine would build it. Bad values are a 400 listing every field
 * (under `prefix`, e.g. `body.config.period`).
 */
export function resolveAgentConfig(registry: AgentRegistry, id: string, overrides: Readonly<Record<string, unknown>>, prefix = 'body.config'): object {
  const definition = registry.get(id);
  const problems = problemsOf(definition, overrides, prefix);
  if (problems.length > 0) {
    throw new AppError('GS_ERR_VALIDATION', `invalid config for agent ${id}: ${problems.map((problem) => `${problem.field} ${problem.message}`).join('; ')}`, problems);
  }
  try {
    return registry.create(id, overrides).config;
  } catch (error) {
    // The schema passed, so this is the agent refusing the combination when it builds its features.
    const reason = error instanceof Error ? error.message : String(error);
    throw AppError.invalid(prefix, `is refused by agent ${id}: ${reason}`);
  }
}

/** An agent's config for listings: never fails, reports overrides the agent's schema no longer accepts. */
export function effectiveAgentConfig(definition: AgentDefinition, overrides: Readonly<Record<string, unknown>>): EffectiveAgentConfig {
  const parsed = definition.configSchema.safeParse(overrides);
  if (parsed.success) return { config: parsed.data, problem: null };
  const problems = problemsOf(definition, overrides, 'config');
  return { config: definition.configSchema.parse({}), problem: problems.map((problem) => `${problem.field} ${problem.message}`).join('; ') };
}
