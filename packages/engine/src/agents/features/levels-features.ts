import { PivotPoints, type PivotPointsValue } from '../../indicators/levels/pivot-points.js';
import { SwingPoints, type SwingPointsValue } from '../../indicators/levels/swing-points.js';
import { defineFeature, type FeatureRequest } from '../feature-request.js';
import { swingPointsPlan } from './program/trend-plans.js';

/** `PIVOTS`: classic floor pivots from the previous bar. */
export function pivotPointsFeature(history = 2): FeatureRequest<PivotPointsValue> {
  return defineFeature('PIVOTS', () => new PivotPoints(), history);
}

/** `SWING(strength)`: last confirmed swing high/low (a bar higher/lower than `strength` bars each side). */
export function swingPointsFeature(strength = 5, history = 2): FeatureRequest<SwingPointsValue> {
  return defineFeature(`SWING(${strength})`, () => new SwingPoints(strength), history, swingPointsPlan(strength));
}
