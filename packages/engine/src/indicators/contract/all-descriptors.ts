import { levelsDescriptors } from '../levels/descriptors.js';
import { momentumDescriptors } from '../momentum/descriptors.js';
import { movingAverageDescriptors } from '../moving-averages/descriptors.js';
import { trendDescriptors } from '../trend/descriptors.js';
import { volatilityDescriptors } from '../volatility/descriptors.js';
import { volumeDescriptors } from '../volume/descriptors.js';
import type { IndicatorDescriptor } from './indicator-descriptor.js';

/** Every registered indicator configuration; the shared contract test runs over all of them. */
export const allIndicatorDescriptors: readonly IndicatorDescriptor[] = [
  ...movingAverageDescriptors,
  ...momentumDescriptors,
  ...volatilityDescriptors,
  ...volumeDescriptors,
  ...trendDescriptors,
  ...levelsDescriptors,
];
