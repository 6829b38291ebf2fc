import {
  AgentRegistry,
  agentStrategy,
  consensusStrategy,
  createDefaultAgentRegistry,
  createMlAgents,
  DEFAULT_HOLD_BARS,
  InMemoryModelStore,
  loadModelFile,
  ML_AGENT_SPECS,
  type ModelFile,
  type ModelLoaders,
  type ModelStore,
  sequenceModelFromArtifact,
  type StrategyDefinition,
} from '@goldensignals/engine';
import type { EvaluatePlan } from './evaluate-plan.js';

/** The learned consensus with the ML agents voting beside the built-in ones. */
export const ML_CONSENSUS_LABEL = 'consensus+ml';

// Loaders for model kinds built outside the framework: the LSTM.
const LOADERS: ModelLoaders = { sequence: sequenceModelFromArtifact };

/** The ML agent ids the model files serve (an agent whose model kind has no file would only abstain). */
export function mlAgentIdsOf(files: readonly ModelFile[]): string[] {
  return ML_AGENT_SPECS.filter((spec) => files.some((file) => file.kind === spec.kind)).map((spec) => spec.id);
}

/** The files' models in a store; throws naming a file whose model cannot be loaded. */
export function modelStoreOf(files: readonly ModelFile[]): InMemoryModelStore {
  return new InMemoryModelStore(files.map((file) => loadModelFile(file, LOADERS, `${file.kind} model ${file.version}`)));
}

/** Strategy definitions of each ML agent alone (`agent:ml-...`) and of the consensus with them, over `store`. */
export function mlStrategyDefinitions(store: ModelStore): StrategyDefinition[] {
  const mlAgents = createMlAgents(store);
  const registry = new AgentRegistry(mlAgents);
  const alone = mlAgents.map(
    (agent): StrategyDefinition => ({
      name: `agent:${agent.id}`,
      description: `The ${agent.name} agent alone, reading the trained models given to evaluate.`,
      params: [],
      create: () => agentStrategy({ agent: agent.id, registry, holdBars: DEFAULT_HOLD_BARS }),
    }),
  );
  const consensus: StrategyDefinition = {
    name: ML_CONSENSUS_LABEL,
    description: 'The learned consensus with the ML agents voting beside the built-in agents.',
    params: [],
    create: () => consensusStrategy({ learn: true, engine: { registry: new AgentRegistry([...createDefaultAgentRegistry().list(), ...mlAgents]) } }),
  };
  return [...alone, consensus];
}

const definitionsByPlan = new WeakMap<EvaluatePlan, readonly StrategyDefinition[]>();

/** The ML strategy definitions of a plan with model files (built once per plan, so once per worker thread). */
export function mlStrategyDefinitionsOf(plan: EvaluatePlan): readonly StrategyDefinition[] {
  if (!plan.models || plan.models.length === 0) return [];
  let definitions = definitionsByPlan.get(plan);
  if (!definitions) {
    definitions = mlStrategyDefinitions(modelStoreOf(plan.models));
    definitionsByPlan.set(plan, definitions);
  }
  return definitions;
}

/**
 * A warning when a model was trained on bars inside the test period: its agent abstains on test bars
 * before the model's last training label (they would be in-sample), so its row covers fewer bars.
 * `testStart` is the earliest test bar over the symbols.
 */
export function mlCoverageWarning(files: readonly ModelFile[], testStart: number): string | undefined {
  const late = files.filter((file) => Date.parse(file.trainedRange.labelEnd) > testStart);
  if (late.length === 0) return undefined;
  const names = late.map((file) => `${file.kind} (to ${file.trainedRange.labelEnd.slice(0, 10)})`).join(', ');
  return (
    `goldensignals: models trained on bars after the test start ${new Date(testStart).toISOString().slice(0, 10)}: ${names}. ` +
    'Their agents abstain on test bars before their training end; train with --until <the split date> for a full out-of-sample test.\n'
  );
}
