import { asc, eq, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { agentSettings } from '../schema/agent-settings.js';

/** An agent's admin overrides. */
export type AgentSetting = InferSelectModel<typeof agentSettings>;

/** A change of an agent's overrides; fields not given keep their stored (or default) value. */
export interface AgentSettingChanges {
  readonly enabled?: boolean;
  readonly config?: Record<string, unknown>;
}

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
  async set(agent: string, changes: AgentSettingChanges, updatedBy: string | null = null): Promise<AgentSetting> {
    const values = { ...changes, updatedAt: new Date(), updatedBy };
    const [row] = await this.db
      .insert(agentSettings)
      .values({ agent, ...values })
      .onConflictDoUpdate({ target: agentSettings.agent, set: values })
      .returning();
    return row;
  }

  /**
   * Read-modify-write of one agent's override: `decide` gets the stored row (`null` when there is
   * none) and returns the changes, or throws to store nothing. The row is locked meanwhile, so two
   * edits at once (say, of two config fields) apply one after the other instead of one undoing the other.
   */
  async change(agent: string, decide: (current: AgentSetting | null) => AgentSettingChanges | Promise<AgentSettingChanges>, updatedBy: string | null = null): Promise<AgentSetting> {
    return this.db.transaction(async (tx) => {
      // A row to lock even for an agent never changed before; `decide` still sees that there was none.
      const created = await tx.insert(agentSettings).values({ agent }).onConflictDoNothing().returning({ agent: agentSettings.agent });
      const [current] = await tx.select().from(agentSettings).where(eq(agentSettings.agent, agent)).for('update');
      const changes = await decide(created.length > 0 ? null : (current ?? null));
      const [row] = await tx
        .update(agentSettings)
        .set({ ...changes, updatedAt: new Date(), updatedBy })
        .where(eq(agentSettings.agent, agent))
        .returning();
      return row;
    });
  }
}
