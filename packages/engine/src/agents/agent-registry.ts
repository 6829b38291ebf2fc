import type { AgentCategory, AgentDefinition, AgentInstance } from './agent.js';

/** A configured agent with its identity, as the engine runs it. */
export interface ConfiguredAgent {
  readonly id: string;
  readonly category: AgentCategory;
  readonly config: object;
  readonly instance: AgentInstance;
}

/** Error thrown for an unknown agent id or an invalid agent config; the message names the field. */
export class AgentConfigError extends Error {
  readonly code = 'GS_ERR_AGENT_CONFIG';
  constructor(message: string) {
    super(message);
    this.name = 'AgentConfigError';
  }
}

/** Agents by id. Registration order is kept, so listings and votes come out in a stable order. */
export class AgentRegistry {
  private readonly definitions = new Map<string, AgentDefinition>();

  constructor(definitions: Iterable<AgentDefinition> = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: AgentDefinition): void {
    if (this.definitions.has(definition.id)) throw new AgentConfigError(`agent id "${definition.id}" is registered twice`);
    this.definitions.set(definition.id, definition);
  }

  has(id: string): boolean {
    return this.definitions.has(id);
  }

  get(id: string): AgentDefinition {
    const definition = this.definitions.get(id);
    if (!definition) throw new AgentConfigError(`unknown agent "${id}"; known agents: ${[...this.definitions.keys()].join(', ')}`);
    return definition;
  }

  list(): AgentDefinition[] {
    return [...this.definitions.values()];
  }

  /** Validates `config` against the agent's strict schema (defaults filled in) and creates the agent. */
  create(id: string, config: unknown = {}): ConfiguredAgent {
    const definition = this.get(id);
    const parsed = definition.configSchema.safeParse(config);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => {
        const path = issue.path.length > 0 ? issue.path.join('.') : '(config)';
        return `${path}: ${issue.message}`;
      });
      throw new AgentConfigError(`invalid config for agent "${id}": ${problems.join('; ')}`);
    }
    return { id, category: definition.category, config: parsed.data, instance: definition.create(parsed.data) };
  }

  /** Creates every registered agent (or those in `ids`) with its default config plus `overrides[id]`. */
  createAll(overrides: Readonly<Record<string, unknown>> = {}, ids?: readonly string[]): ConfiguredAgent[] {
    const chosen = ids ?? [...this.definitions.keys()];
    return chosen.map((id) => this.create(id, overrides[id] ?? {}));
  }
}
