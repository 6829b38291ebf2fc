/** `0003_add_alerts`: how errors and logs name a migration. */
export function migrationLabel(migration: { readonly version: number; readonly name: string }): string {
  return `${String(migration.version).padStart(4, '0')}_${migration.name}`;
}
