/** Version of the signal engine; shown by the CLI and the dashboard. */
export const ENGINE_VERSION = '0.1.0';
