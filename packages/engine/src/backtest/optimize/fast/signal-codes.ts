/**
 * What a fast-path strategy decides on a bar, one code per bar in an Int8Array: nothing; close any
 * position and go long (or short) with all the available margin; or buy with all of it when flat.
 */
export const SIGNAL_NONE = 0;
export const SIGNAL_LONG = 1;
export const SIGNAL_SHORT = -1;
export const SIGNAL_BUY_WHEN_FLAT = 2;
