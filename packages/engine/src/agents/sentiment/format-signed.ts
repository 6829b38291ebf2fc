/** `0.4213` -> `"+0.42"`: a polarity with its sign, for reasoning sentences. */
export function formatSigned(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;
}
