/** An alert pushed on the `alerts` channel (`{ type: 'alert', channel: 'alerts', data }`), as the toast shows it. */
export interface AlertMessage {
  readonly alertId: string;
  readonly triggerId: string;
  readonly eventType: string;
  readonly subject: string;
  readonly text: string;
  readonly url: string | null;
  readonly action: string | null;
  readonly firedAt: string;
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The alert in a pushed message's data, or null when it lacks what the toast needs (a newer or broken server). */
export function alertMessageOf(data: unknown): AlertMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const fields = data as Record<string, unknown>;
  const alertId = stringOf(fields.alertId);
  const triggerId = stringOf(fields.triggerId);
  const subject = stringOf(fields.subject);
  if (alertId === null || triggerId === null || subject === null) return null;
  return {
    alertId,
    triggerId,
    subject,
    eventType: stringOf(fields.eventType) ?? 'alert',
    text: stringOf(fields.text) ?? '',
    url: stringOf(fields.url),
    action: stringOf(fields.action),
    firedAt: stringOf(fields.firedAt) ?? new Date().toISOString(),
  };
}
