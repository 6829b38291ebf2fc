/** Hooks for authentication and authorization (filled in by the security issue). */
export * from './authorize-request.js';
export * from './caller.js';
export * from './route-role.js';
export * from './role-rank.js';
