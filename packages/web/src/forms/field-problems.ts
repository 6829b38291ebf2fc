/** Messages by form field name (`symbol`, `quantity`, …); a field without a problem is absent. */
export type FieldProblems = Readonly<Partial<Record<string, string>>>;
