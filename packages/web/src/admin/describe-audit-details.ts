/** An audit entry's details as short text, the target account first and named by e-mail where known. */
export function describeAuditDetails(details: Readonly<Record<string, unknown>>, emailsById: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  const { targetUserId, from, to, ...rest } = details;
  if (typeof targetUserId === 'string') parts.push(`account ${emailsById.get(targetUserId) ?? targetUserId}`);
  if (typeof from === 'string' && typeof to === 'string') parts.push(`${from} → ${to}`);
  else Object.assign(rest, { from, to });
  for (const [key, value] of Object.entries(rest)) {
    if (value === null || value === undefined) continue;
    parts.push(`${key} ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  }
  return parts.join(' · ');
}
