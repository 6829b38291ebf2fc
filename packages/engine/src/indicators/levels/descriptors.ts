import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';

/** Contract descriptors of the levels indicators. */
export const levelsDescriptors: readonly IndicatorDescriptor[] = [];
