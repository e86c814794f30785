// The victim of the crash trials (crash.test.ts builds it with Vite and runs it in a child process, then kills
// it with SIGKILL): `edits DATASET` applies batches of 20 new sources forever, printing "ack N" only after each
// batch has committed; `import DATASET FILE.csv` imports a trade CSV in one transaction, printing "begin" and
// then "committed". Output goes through fs.writeSync so an ack never waits in a buffer. It uses the engine's
// own edit and import paths (applyBatch, runPipeline) on a dataset opened as the engine opens it, without the
// rest of the engine, so a child starts in a fraction of a second.
import fs from 'node:fs'
import { readOptions } from '../../shared/dataFiles'
import { openDataset } from '../db/open'
import { applyBatch } from '../edits/apply'
import { runPipeline } from '../io/pipeline'

const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`)
}

async function editLoop(dataset: string): Promise<void> {
  const db = openDataset(dataset)
  for (let n = 1; ; n++) {
    const changes = Array.from({ length: 20 }, (_, i) => ({
      kind: 'insert' as const,
      table: 'source' as const,
      values: { code: `CRASH-${n}-${i}`, title: `Crash trial batch ${n}, row ${i}` }
    }))
    applyBatch({ db, actor: 'crash' }, changes, `batch ${n}`)
    say(`ack ${n}`)
    if (n % 50 === 0) await new Promise((r) => setImmediate(r))
  }
}

async function importOnce(dataset: string, file: string): Promise<void> {
  const db = openDataset(dataset)
  const mapping = {
    table: 'trade_flow' as const,
    fields: {
      reporter_id: { column: 'reporter' },
      partner_id: { column: 'partner' },
      year: { column: 'year' },
      hs_code: { column: 'hs' },
      flow: { column: 'flow' },
      quantity: { column: 'kg' }
    }
  }
  say('begin')
  const outcome = await runPipeline(db, fs.readFileSync(file), 'trade.csv', {
    read: readOptions.parse({}),
    table: 'trade_flow',
    mapping,
    mode: 'all',
    dryRun: false,
    actor: 'crash'
  })
  say(outcome.committed ? `committed ${outcome.tally.counts.new}` : 'not committed')
  db.close()
}

const [mode, dataset, file] = process.argv.slice(2)
const run = mode === 'edits' ? editLoop(dataset!) : importOnce(dataset!, file!)
run.catch((e: unknown) => {
  say(`error ${(e as Error).message}`)
  process.exitCode = 1
})
