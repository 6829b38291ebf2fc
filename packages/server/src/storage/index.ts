/** Storage: one schema and its migrations over PGlite (embedded) or PostgreSQL (`DATABASE_URL`), and the repositories. */
export * from './database.js';
export * from './database-config.js';
export * from './execute-rows.js';
export * from './open-database.js';
export * from './redact-database-url.js';
export * from './migrations/index.js';
export * from './repositories/index.js';
export * as schema from './schema/index.js';
