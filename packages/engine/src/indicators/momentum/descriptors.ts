import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';

/** Contract descriptors of the momentum indicators. */
export const momentumDescriptors: readonly IndicatorDescriptor[] = [];
