// Lint rules, each with its reason. The layering rules make the architecture a lint error, not a review comment:
// shared <- core <- main/web/cli; the renderer talks to the engine only through src/shared (the contract).
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'worker_threads']
const coreOutside = {
  group: ['electron', '**/main/**', '**/web/**', '**/renderer/**', '**/cli/**', 'react-dom/client'],
  message: 'The engine does not know where it runs: never Electron, a host or the UI.'
}
const oneOpener = {
  name: 'better-sqlite3',
  allowTypeImports: true,
  message: 'Open connections through src/core/db/connection.ts (connect): one set of pragmas and one native binding.'
}
const coreFeatures = ['assessments', 'backups', 'briefs', 'datasets', 'exports', 'grid', 'indicators', 'io', 'starter', 'testing']
  .flatMap((folder) => [`../${folder}`, `../${folder}/**`])
  .concat(['../handlers', '../handlerContext', '../engine'])

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused code is noise for a newcomer; prefix with _ when a parameter must exist.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The contract is typed end to end; `any` would hide a broken caller.
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    // The launch scripts and the CLI shim are plain CommonJS run by Node before anything is built.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      // shared runs everywhere (renderer, engine, tests): no Node, Electron, DOM-only or app-layer imports.
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/main/**', '**/web/**', '**/renderer/**', '**/cli/**', 'react*'] }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/core/**/*.tsx'],
    rules: {
      // The engine does not know where it runs: never Electron, never a host or the UI.
      'no-restricted-imports': ['error', { patterns: [coreOutside] }]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/core/**/*.tsx'],
    ignores: ['src/core/db/connection.ts', '**/*.test.ts'],
    rules: {
      // One opener: every connection goes through db/connection.ts (one set of pragmas, one native binding).
      // Tests may still write raw files (damaged, foreign) to prove the opener refuses them.
      'no-restricted-imports': ['error', { paths: [oneOpener], patterns: [coreOutside] }]
    }
  },
  {
    files: ['src/core/{db,tables,edits}/**/*.ts'],
    ignores: ['src/core/db/connection.ts', '**/*.test.ts'],
    rules: {
      // Layers inside core: db, tables and edits are what the features stand on, so they import no feature
      // folder (a feature's step, such as the backup before a migration, is passed in as a function).
      'no-restricted-imports': [
        'error',
        { paths: [oneOpener], patterns: [coreOutside, { group: coreFeatures, message: 'db, tables and edits import no feature folder.' }] }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/core/**/*.tsx'],
    ignores: ['src/core/engine.ts', 'src/core/datasets/session.ts', '**/*.test.ts'],
    rules: {
      // The rules every method shares live in engine.call, driven by the method's kind in the contract
      // (src/shared/contract/method.ts); a handler that repeats them drifts from the others.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='emit'][arguments.0.value='dataset.changed']",
          message: 'engine.call announces dataset.changed: declare the method as a write with `changed` beside its schema in the contract.'
        },
        {
          selector: "NewExpression[callee.name='EngineError'][arguments.0.value='read_only']",
          message: 'engine.call refuses writes on a read-only dataset: declare the method as a write (or a job with refusedReadOnly) in the contract.'
        }
      ]
    }
  },
  {
    files: ['src/core/briefs/templates/**/*.tsx'],
    rules: {
      // Templates only format: a brief's data is gathered before rendering (briefs/gather.ts), so no template
      // reads the dataset (no db, tables or feature readers; the readers' types are fine).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['../data', '../draft', '../scenarioDraft', '../gather', '../../scenarios/compute'].map((name) => ({
            name,
            allowTypeImports: true,
            message: 'Templates get their data from ctx.data (briefs/gather.ts), never from the dataset while rendering.'
          })),
          patterns: [
            {
              group: ['../../db/*', '../../tables/*', '../../indicators/*', '../../edits/*'],
              allowTypeImports: true,
              message: 'Templates get their data from ctx.data (briefs/gather.ts), never from the dataset while rendering.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    rules: {
      // The renderer reaches data only through the contract: no Node, no Electron, no engine code.
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeBuiltins, 'electron', 'better-sqlite3', '**/core/**', '**/main/**', '**/web/**', '**/preload/**', '**/cli/**'] }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Hooks in the same order on every render, and effects that name what they read: a stale closure is a
      // data bug (an edit saved to the row that was selected before). A deliberate exception says why, inline.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error'
    }
  },
  {
    files: ['src/main/**/*.ts', 'src/web/**/*.ts', 'src/cli/**/*.ts', 'src/preload/**/*.ts'],
    rules: {
      // Hosts bind the engine; they never reach into the renderer's code.
      'no-restricted-imports': ['error', { patterns: ['**/renderer/**'] }]
    }
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      // Opening links is a security decision made in one place (security.ts), never ad hoc.
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'Links open only through security.ts (http and https, checked by policy.externalLink).' }
      ]
    }
  },
  {
    // The one place that hands a link (http/https only, see policy.externalLink) to the system browser.
    files: ['src/main/security.ts'],
    rules: { 'no-restricted-properties': 'off' }
  }
)
