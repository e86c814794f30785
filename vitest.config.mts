// Unit and integration tests: everything beside the code under src/, run in Node with real SQLite files.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // One temp folder per run, removed at the end (src/core/testing/tempRoot.ts).
    globalSetup: ['src/core/testing/tempRoot.ts']
  }
})
