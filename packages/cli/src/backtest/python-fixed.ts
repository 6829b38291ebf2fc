/**
 * Python's `f"{x:.{digits}f}"`: like `toFixed`, except that an exact tie rounds half to even
 * (`0.015625` to 5 digits is `0.01562`, where `toFixed` gives `0.01563`), -0 keeps its sign, no
 * exponent is used above 1e21, and non-finite values read `nan`, `inf`, `-inf`.
 */
export function pythonFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return 'nan';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const magnitude = Math.abs(x);
  if (magnitude === Infinity) return `${sign}inf`;
  if (magnitude >= 1e21) return `${sign}${BigInt(magnitude).toString()}${digits > 0 ? `.${'0'.repeat(digits)}` : ''}`;
  return `${sign}${roundedHalfEven(magnitude, digits)}`;
}

/**
 * A double is a short binary fraction, so a tie is exact and shows as a 5 then zeros well within 30
 * more digits: a non-tie lies at least 2^-70 / 2e5 away from one for any value that could round.
 */
function roundedHalfEven(magnitude: number, digits: number): string {
  const rounded = magnitude.toFixed(digits);
  const exact = magnitude.toFixed(digits + 30);
  const cut = exact.length - 30;
  if (exact[cut] !== '5' || !/^0*$/.test(exact.slice(cut + 1))) return rounded;
  const truncated = exact.slice(0, digits === 0 ? cut - 1 : cut);
  const lastDigit = Number(truncated[truncated.length - 1]);
  return lastDigit % 2 === 0 ? truncated : rounded;
}
