/**
 * Checks a schema name before it is put into SQL and connection options (which take no parameters):
 * lower-case letters, digits and underscores, not starting with a digit, at most 63 characters.
 */
export function assertSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new RangeError(`invalid schema name "${schema}": use lower-case letters, digits and underscores`);
  return schema;
}
