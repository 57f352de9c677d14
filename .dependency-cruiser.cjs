/**
 * Layering rules (DESIGN.md §3-4), checked by `npm run deps:check` in `npm test` and CI:
 * routes -> service -> (rules, repo) -> db; rules do no I/O; a module reaches another only via its service.
 */
const mod = '^server/modules/([^/]+)/';
module.exports = {
  forbidden: [
    {
      name: 'no-cross-module-internals',
      comment: 'A module may use another module only through its service (and schemas for shared shapes).',
      severity: 'error',
      from: { path: `${mod}` },
      to: {
        path: '^server/modules/([^/]+)/.+\\.(repo|routes|rules|password|crypto)\\.ts$',
        pathNot: '^server/modules/$1/',
      },
    },
    {
      name: 'only-modules-own-repo',
      comment: 'Nothing outside a module (seed, cli, http, app) touches its repo.',
      severity: 'error',
      from: { pathNot: '^server/modules/' },
      to: { path: '^server/modules/[^/]+/.+\\.repo\\.ts$' },
    },
    {
      name: 'routes-call-services-not-repos',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '\\.(repo)\\.ts$|^server/db/' },
    },
    {
      name: 'services-do-not-import-routes',
      severity: 'error',
      from: { path: '\\.(service|repo|rules)\\.ts$' },
      to: { path: '\\.routes\\.ts$|^server/app\\.ts$' },
    },
    {
      name: 'repos-stay-below-services',
      severity: 'error',
      from: { path: '\\.repo\\.ts$' },
      to: { path: '\\.service\\.ts$' },
    },
    {
      name: 'rules-are-pure',
      comment: 'Rules import no I/O: no database, no repo, no service, no node I/O modules.',
      severity: 'error',
      from: { path: '\\.rules\\.ts$' },
      to: {
        path: '^server/db/|\\.(repo|service)\\.ts$|^(node:)?(fs|net|http|https|child_process)$|^pg$|kysely|@electric-sql',
      },
    },
    {
      name: 'migrations-import-no-app-code',
      severity: 'error',
      from: { path: '^server/db/migrations/' },
      to: { path: '^server/', pathNot: '^server/db/migrations/' },
    },
    {
      name: 'web-does-not-import-server',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-cross-feature-imports',
      comment: 'Bulletproof React: features share through web/src/components and web/src/lib only.',
      severity: 'error',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/([^/]+)/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$|^server/test/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
