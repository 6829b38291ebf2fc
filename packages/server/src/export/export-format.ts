/** Formats an export comes in. */
export const EXPORT_FORMATS = ['csv', 'json'] as const;

/** A format an export comes in. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
