import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';

/** Contract descriptors of the volatility indicators. */
export const volatilityDescriptors: readonly IndicatorDescriptor[] = [];
