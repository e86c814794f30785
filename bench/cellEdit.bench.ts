// Issue 2 bench: one cell edit with its change-log row through the engine (validation, transaction,
// log entry, synchronous=FULL), p50/p99 over 10,000 edits; baseline: a bare better-sqlite3 UPDATE in its
// own transaction on the same file settings, measured in the same run. Target: engine p99 < 5 ms.
import { expect, it } from 'vitest'
import Database from 'better-sqlite3'
import path from 'node:path'
import { createEngine } from '../src/core/engine'
import { STARTER_DIR, removeDir, tempDir } from '../src/core/testing/tempDataset'
import { summary, timeMs, writeResult } from './stats'

const EDITS = 10_000

it('measures a cell edit through the engine against a bare UPDATE', async () => {
  const dir = tempDir('lodestone-bench-')
  const file = path.join(dir, 'bench.lodestone')
  const engine = createEngine({ datasetPath: file, host: 'test', createIfMissing: 'starter', starterDir: STARTER_DIR })
  const ids = (engine.db.prepare('SELECT id FROM observation WHERE value IS NOT NULL LIMIT 200').all() as { id: number }[]).map((r) => r.id)

  const engineMs: number[] = []
  for (let i = 0; i < EDITS; i++) {
    const id = ids[i % ids.length]!
    const start = process.hrtime.bigint()
    const result = await engine.call('edits.apply', { changes: [{ kind: 'update', table: 'observation', id, column: 'value', value: 1000 + i }] })
    engineMs.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (!result.ok) throw new Error(result.error.message)
  }
  engine.close()

  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  const update = db.prepare('UPDATE observation SET value = ?, version = version + 1 WHERE id = ?')
  const tx = db.transaction((id: number, v: number) => update.run(v, id))
  const bareMs: number[] = []
  for (let i = 0; i < EDITS; i++) bareMs.push(timeMs(() => tx(ids[i % ids.length]!, 5000 + i)))
  db.close()
  removeDir(dir)

  const result = { edits: EDITS, engine: summary(engineMs), baselineBareUpdate: summary(bareMs), targetP99Ms: 5 }
  const out = writeResult('cell-edit', result)
  console.log(JSON.stringify(result), '->', out)
  expect(engineMs).toHaveLength(EDITS)
})
