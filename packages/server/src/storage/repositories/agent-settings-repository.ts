import { asc, eq, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { agentSettings } from '../schema/agent-settings.js';

/** An agent's admin overrides. */
export type AgentSetting = InferSelectModel<typeof agentSettings>;

/** Admin overrides per agent: enabled or not, and config values. Agents without a row use the defaults. */
export class AgentSettingsRepository {
  constructor(private readonly db: Queryable) {}

  /** Every override, by agent. */
  async list(): Promise<AgentSetting[]> {
    return this.db.select().from(agentSettings).orderBy(asc(agentSettings.agent));
  }

  /** One agent's override, or `null`. */
  async get(agent: string): Promise<AgentSetting | null> {
    const [row] = await this.db.select().from(agentSettings).where(eq(agentSettings.agent, agent));
    return row ?? null;
  }

  /** Sets an agent's override; fields not given keep their stored (or default) value. */
  async set(agent: string, changes: { readonly enabled?: boolean; readonly config?: Record<string, unknown> }, updatedBy: string | null = null): Promise<AgentSetting> {
    const values = { ...changes, updatedAt: new Date(), updatedBy };
    const [row] = await this.db
      .insert(agentSettings)
      .values({ agent, ...values })
      .onConflictDoUpdate({ target: agentSettings.agent, set: values })
      .returning();
    return row;
  }
}
