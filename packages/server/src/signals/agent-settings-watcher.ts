import type { AccuracyTracker, SignalEngine } from '@goldensignals/engine';
import type { Database } from '../storage/database.js';
import { AgentSettingsRepository, type AgentSetting } from '../storage/repositories/agent-settings-repository.js';

/** Dependencies and settings of the {@link AgentSettingsWatcher}. */
export interface AgentSettingsWatcherOptions {
  readonly database: Database;
  /** The service whose engine follows the stored settings (a `SignalService`). */
  readonly signals: { readonly engine: SignalEngine; useEngine(engine: SignalEngine): void };
  /** The engine for the given settings with the given (learned) tracker, e.g. `engineFromSettings` with the process's metrics hooks. */
  readonly engineFor: (settings: readonly AgentSetting[], tracker: AccuracyTracker) => SignalEngine;
  /** How often to read the settings (default 10 s). */
  readonly intervalMs?: number;
  /** Told when a scheduled check fails (the next one tries again). */
  readonly onError?: (error: unknown) => void;
  /** Told after the engine was rebuilt for changed settings. */
  readonly onChange?: (settings: readonly AgentSetting[]) => void;
}

/** A JSON text of a value with object keys sorted, so equal configs give equal texts whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What of the settings shapes the engine: which agents are on and their configs (not who changed them, or when). */
export function agentSettingsFingerprint(settings: readonly AgentSetting[]): string {
  return canonical([...settings].sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0)).map((setting) => [setting.agent, setting.enabled, setting.config]));
}

/**
 * Keeps a process's engine in step with the stored agent settings: every `intervalMs` it reads them (a
 * few dozen rows) and, when what shapes the engine changed, switches the service to an engine built
 * for them with the same tracker. So enabling, disabling or configuring an agent on any API node reaches
 * every node and worker within one interval; the node that took the change calls {@link check} at once.
 */
export class AgentSettingsWatcher {
  private fingerprint: string | null = null;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<boolean> | null = null;

  constructor(private readonly options: AgentSettingsWatcherOptions) {}

  /** Starts watching; `built` are the settings the current engine was built from. */
  start(built: readonly AgentSetting[]): void {
    this.fingerprint = agentSettingsFingerprint(built);
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => {
      this.check().catch((error: unknown) => this.options.onError?.(error));
    }, this.options.intervalMs ?? 10_000);
    this.timer.unref();
  }

  /** Stops watching (a check under way finishes). */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Reads the settings and rebuilds the engine if they changed; true when it did. Checks at once share one read. */
  check(): Promise<boolean> {
    this.running ??= this.compare().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async compare(): Promise<boolean> {
    const settings = await new AgentSettingsRepository(this.options.database.db).list();
    const fingerprint = agentSettingsFingerprint(settings);
    if (fingerprint === this.fingerprint) return false;
    const { signals } = this.options;
    signals.useEngine(this.options.engineFor(settings, signals.engine.tracker));
    this.fingerprint = fingerprint;
    this.options.onChange?.(settings);
    return true;
  }
}
