/**
 * Architecture rules (DESIGN.md): dependencies point down only —
 * web, cli -> engine (and cli -> server); server -> engine; engine -> nothing of ours. No cycles.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'An import cycle is a bug. Cycles through type-only imports are allowed: they vanish at run time, and domain objects that point at each other (an order and the trade it closes) need them.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'engine-is-the-bottom',
      severity: 'error',
      comment: 'The engine depends on nothing of ours.',
      from: { path: '^packages/engine/' },
      to: { path: '^packages/(server|web|cli)/|^bench/|node_modules/@goldensignals/(server|web|cli)' },
    },
    {
      name: 'server-only-uses-engine',
      severity: 'error',
      from: { path: '^packages/server/' },
      to: { path: '^packages/(web|cli)/|^bench/|node_modules/@goldensignals/(web|cli)' },
    },
    {
      name: 'server-api-is-the-top',
      severity: 'error',
      comment: 'Routes (api/) sit on the services; only the HTTP app and the composition root (runtime/) may import them, so jobs, paper trading, signals and storage stay usable without HTTP.',
      from: { path: '^packages/server/src/', pathNot: '^packages/server/src/(api|app|runtime)/|^packages/server/src/build-app' },
      to: { path: '^packages/server/src/api/' },
    },
    {
      name: 'web-talks-to-server-over-http',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/(server|cli)/|node_modules/@goldensignals/(server|cli)' },
    },
    {
      name: 'cli-not-from-web-or-bench',
      severity: 'error',
      from: { path: '^packages/cli/' },
      to: { path: '^packages/web/|^bench/' },
    },
    {
      name: 'no-reaching-into-package-internals',
      severity: 'error',
      comment: 'Import another package by its name, not by a relative path into its folder.',
      from: { path: '^packages/([^/]+)/' },
      to: { path: '^packages/([^/]+)/', pathNot: '^packages/$1/', dependencyTypes: ['local'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { conditionNames: ['source', 'import', 'default'], exportsFields: ['exports'] },
  },
};
