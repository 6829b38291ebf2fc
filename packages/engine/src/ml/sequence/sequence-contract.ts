// The sequence model implements the ML framework's model contract.
export type { DirectionModel, ModelArtifact } from '../models/direction-model.js';
