// `npm run bench`: the benchmarks under bench/, run once each through Vitest (so they can import the engine's
// TypeScript directly). They measure and write JSON to bench/results; they never fail on a timing.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 30 * 60_000,
    hookTimeout: 10 * 60_000,
    pool: 'forks',
    fileParallelism: false,
    // global.gc() before a memory baseline
    execArgv: ['--expose-gc']
  }
})
