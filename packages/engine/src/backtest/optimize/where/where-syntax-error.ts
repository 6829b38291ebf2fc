/** A `--where` expression that cannot be parsed or names an unknown parameter; `column` is 1-based. */
export class WhereSyntaxError extends RangeError {
  override readonly name = 'WhereSyntaxError';

  constructor(
    readonly expression: string,
    readonly column: number,
    problem: string,
  ) {
    super(`where "${expression}": ${problem}`);
  }
}
