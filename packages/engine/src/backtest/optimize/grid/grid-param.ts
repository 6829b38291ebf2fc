/** One swept strategy parameter and the values it takes, in the order they are tried. */
export interface GridParam {
  readonly name: string;
  readonly values: readonly number[];
}
