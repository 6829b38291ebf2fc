const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

/** `numerator / denominator` rounded to an integer, halves away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < (denominator < 0n ? -denominator : denominator)) return quotient;
  return (numerator < 0n) === (denominator < 0n) ? quotient + 1n : quotient - 1n;
}

/**
 * An exact decimal number: an integer count of 10^-scale units. The paper ledger's money and
 * quantities live in `numeric` columns; doing their arithmetic here instead of in floats is what keeps
 * cash from drifting (0.1 + 0.2 is 0.3). Rounding is explicit (`round`, `dividedBy`), halves away from zero.
 */
export class Decimal {
  private constructor(
    private readonly units: bigint,
    private readonly scale: number,
  ) {}

  /** Zero. */
  static readonly ZERO = new Decimal(0n, 0);

  /** Parses decimal text (`"-12.50"`, `"1e-7"`); throws a RangeError naming the text when it is not a number. */
  static parse(text: string): Decimal {
    const match = DECIMAL.exec(text.trim());
    if (match === null) throw new RangeError(`"${text}" is not a decimal number`);
    const [, sign, whole, fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText);
    if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) throw new RangeError(`"${text}" is out of range`);
    let units = BigInt(whole + fraction);
    let scale = fraction.length - exponent;
    if (scale < 0) {
      units *= pow10(-scale);
      scale = 0;
    }
    return new Decimal(sign === '-' ? -units : units, scale);
  }

  /** The exact decimal a finite number prints as (its shortest round-trip text), or parsed text. */
  static of(value: number | string): Decimal {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
    return Decimal.parse(String(value));
  }

  plus(other: Decimal): Decimal {
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.unitsAt(scale) + other.unitsAt(scale), scale);
  }

  minus(other: Decimal): Decimal {
    return this.plus(other.negated());
  }

  times(other: Decimal): Decimal {
    return new Decimal(this.units * other.units, this.scale + other.scale);
  }

  /** The quotient rounded to `scale` decimal places; throws a RangeError for a zero divisor. */
  dividedBy(other: Decimal, scale: number): Decimal {
    if (other.units === 0n) throw new RangeError('division by zero');
    // (a / 10^sa) / (b / 10^sb) = a·10^sb / (b·10^sa); scaled by 10^scale to land on `scale` places.
    const numerator = this.units * pow10(other.scale + scale);
    const denominator = other.units * pow10(this.scale);
    return new Decimal(divideRounded(numerator, denominator), scale);
  }

  /** Rounded to at most `places` decimal places. */
  round(places: number): Decimal {
    if (this.scale <= places) return this;
    return new Decimal(divideRounded(this.units, pow10(this.scale - places)), places);
  }

  negated(): Decimal {
    return new Decimal(-this.units, this.scale);
  }

  /** -1, 0 or 1. */
  get sign(): -1 | 0 | 1 {
    return this.units === 0n ? 0 : this.units < 0n ? -1 : 1;
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  /** Negative when this is less than `other`, 0 when equal, positive when greater. */
  compare(other: Decimal): number {
    const scale = Math.max(this.scale, other.scale);
    const difference = this.unitsAt(scale) - other.unitsAt(scale);
    return difference === 0n ? 0 : difference < 0n ? -1 : 1;
  }

  /** Decimal places needed to write it exactly (`"1.50"` needs 1). */
  get decimalPlaces(): number {
    return this.trimmed().scale;
  }

  /** The nearest float, for figures that are ratios rather than ledger amounts. */
  toNumber(): number {
    return Number(this.toString());
  }

  /** Plain decimal text without an exponent or trailing zeros (`"81999.94"`, `"-0.5"`, `"100"`). */
  toString(): string {
    const { units, scale } = this.trimmed();
    const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale);
    return `${units < 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`;
  }

  toJSON(): string {
    return this.toString();
  }

  private unitsAt(scale: number): bigint {
    return this.units * pow10(scale - this.scale);
  }

  private trimmed(): Decimal {
    let { units, scale } = this;
    while (scale > 0 && units % 10n === 0n) {
      units /= 10n;
      scale--;
    }
    return new Decimal(units, scale);
  }
}
