import { createDefaultAgentRegistry } from '@goldensignals/engine';
import { Command } from 'commander';

interface AgentsCommandOptions {
  readonly json?: boolean;
  readonly category?: string;
}

/** `goldensignals agents`: every built-in agent with its category, description and default config. */
export function agentsCommand(): Command {
  return new Command('agents')
    .description('list the built-in agents with their category, description and default config')
    .option('--category <category>', 'only this category (technical, risk, options, sentiment)')
    .option('--json', 'print as JSON')
    .action((options: AgentsCommandOptions) => {
      const registry = createDefaultAgentRegistry();
      const agents = registry
        .list()
        .filter((definition) => options.category === undefined || definition.category === options.category)
        .map((definition) => ({
          id: definition.id,
          name: definition.name,
          category: definition.category,
          description: definition.description,
          defaults: definition.configSchema.parse({}),
        }));
      if (agents.length === 0) throw new Error(`no agents in category "${options.category ?? ''}"`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(agents, null, 2)}\n`);
        return;
      }
      const width = Math.max(...agents.map((agent) => agent.id.length)) + 2;
      for (const agent of agents) {
        process.stdout.write(`${agent.id.padEnd(width)}${agent.category.padEnd(11)}${agent.description}\n`);
      }
      process.stdout.write(`\n${agents.length} agents\n`);
    });
}
