import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';

/** Contract descriptors of the trend indicators. */
export const trendDescriptors: readonly IndicatorDescriptor[] = [];
