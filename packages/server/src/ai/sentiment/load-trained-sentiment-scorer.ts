import { readFile } from 'node:fs/promises';
import { parseSentimentModel, TrainedSentimentScorer } from '@goldensignals/engine';

/** The scorer of a model file made by `goldensignals sentiment train` (the engine parses it and names what is wrong). */
export async function loadTrainedSentimentScorer(path: string): Promise<TrainedSentimentScorer> {
  return new TrainedSentimentScorer(parseSentimentModel(await readFile(path, 'utf8'), path));
}
