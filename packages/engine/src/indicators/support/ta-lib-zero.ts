/** TA-Lib's `TA_EPSILON`: magnitudes below it count as zero in its division guards. */
export const TA_LIB_EPSILON = 1e-14;

/** TA-Lib's `TA_IS_ZERO`: true when `value` is within {@link TA_LIB_EPSILON} of zero. */
export function isTaLibZero(value: number): boolean {
  return value > -TA_LIB_EPSILON && value < TA_LIB_EPSILON;
}
