import type { IndicatorDescriptor } from '../contract/indicator-descriptor.js';

/** Contract descriptors of the volume indicators. */
export const volumeDescriptors: readonly IndicatorDescriptor[] = [];
