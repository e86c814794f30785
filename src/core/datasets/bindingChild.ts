// A fresh process for binding.test.ts (built with Vite): `bindingChild DIR BINDING` runs an engine whose
// better-sqlite3 build is BINDING (a copy, as Electron has its own) through open, an edit, the check after opening,
// a backup, a restore, Save As and `lodestone check`, then prints one JSON line: which better-sqlite3 builds the
// process has loaded (from /proc/self/maps) and whether every step answered ok.
import fs from 'node:fs'
import path from 'node:path'
import { createEngine } from '../engine'
import { checkDataset } from '../db/check'

async function main(): Promise<void> {
  const [dir, binding] = process.argv.slice(2) as [string, string]
  const engine = createEngine({ datasetPath: path.join(dir, 'bound.lodestone'), host: 'cli', createIfMissing: 'empty', nativeBinding: binding })
  const steps: Record<string, boolean> = {}
  const step = async (name: string, method: string, args: unknown): Promise<unknown> => {
    const result = await engine.call(method, args)
    steps[name] = result.ok
    return result.ok ? result.value : result.error.message
  }
  await step('edit', 'edits.apply', { changes: [{ kind: 'insert', table: 'source', values: { code: 'BOUND', title: 'Bound' } }] })
  const backup = (await step('backup', 'backups.create', { name: 'before' })) as { id: string }
  await step('restore', 'backups.restore', { id: backup.id })
  await step('saveAs', 'datasets.saveAs', { path: path.join(dir, 'copy.lodestone') })
  steps.check = checkDataset(path.join(dir, 'copy.lodestone')).ok
  engine.close()
  const loaded = fs
    .readFileSync('/proc/self/maps', 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('.node') && line.includes('better_sqlite3'))
    .map((line) => line.slice(line.indexOf('/')))
  fs.writeSync(1, `${JSON.stringify({ loaded: [...new Set(loaded)], steps })}\n`)
}

main().catch((e: unknown) => {
  fs.writeSync(1, `${JSON.stringify({ error: (e as Error).message })}\n`)
  process.exitCode = 1
})
