/** Strategy parameter values by name, e.g. `{ fast: 10, slow: 30 }`. */
export type ParamSet = Readonly<Record<string, number>>;
