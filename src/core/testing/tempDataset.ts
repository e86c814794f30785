// Test helpers: a fresh temp folder per test with a real dataset file in it, removed afterwards.
// Used only by *.test.ts files; real SQLite on disk, never a mock.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createEngine, type Engine } from '../engine'
import type { Change, Input, Method, Output } from '../../shared/api'

export const STARTER_DIR = path.resolve(__dirname, '../../../resources/starter')

export function tempDir(prefix = 'lodestone-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true })
}

/** An empty dataset with a few reference rows (countries, units, indicators, a source) to build on. */
export async function seededEngine(dir: string): Promise<Engine> {
  const engine = createEngine({ datasetPath: path.join(dir, 'test.lodestone'), host: 'test', createIfMissing: 'empty', actor: 'tester' })
  const seed: Change[] = [
    { kind: 'insert', table: 'country', values: { code: 'IND', name: 'India', kind: 'country' } },
    { kind: 'insert', table: 'country', values: { code: 'CHN', name: 'China', kind: 'country' } },
    { kind: 'insert', table: 'unit', values: { code: 't REO', dimension: 'mass', scale: 1000, basis: 'REO equivalent' } },
    { kind: 'insert', table: 'unit', values: { code: 'kg/yr', dimension: 'mass per year', scale: 1, basis: 'product' } },
    { kind: 'insert', table: 'indicator', values: { code: 'mine_production', name: 'Mine production' } },
    { kind: 'insert', table: 'source', values: { code: 'USGS-MCS2026-RE', title: 'Rare Earths, MCS 2026', publisher: 'U.S. Geological Survey' } }
  ]
  const result = await engine.call('edits.apply', { label: 'seed', changes: seed })
  if (!result.ok) throw new Error(result.error.message)
  return engine
}

/** Call and unwrap (typed by the contract), failing the test with the engine's message when the call is refused. */
export async function ok<M extends Method>(engine: Engine, method: M, args: Input<M>): Promise<Output<M>> {
  try {
    return await engine.invoke(method, args)
  } catch (e) {
    throw new Error(`${method} refused: ${(e as Error).message}`)
  }
}

export function count(engine: Engine, table: string): number {
  if (!/^[a-z_]+$/.test(table)) throw new Error('bad table')
  return (engine.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
}
