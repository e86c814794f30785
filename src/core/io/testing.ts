// Test helpers for import jobs: wait for a job's end through its 'job.progress' events (never by timing); the built
// import worker the worker-thread tests run (they skip, saying so in one line, until it is built) and their mapping.
import fs from 'node:fs'
import path from 'node:path'
import type { JobStatus, Mapping } from '../../shared/dataFiles'
import type { Engine } from '../engine'

/** The import worker as the built app runs it; vitest cannot start a TypeScript worker. */
export const BUILT_WORKER = path.resolve(__dirname, '../../../out/main/importWorker.js')

/** True when the worker is built; else says which test is skipped and how to run it. */
export function workerBuilt(what: string): boolean {
  const built = fs.existsSync(BUILT_WORKER)
  if (!built) console.log(`${what} skipped: ${BUILT_WORKER} is missing (run npx electron-vite build first).`)
  return built
}

/** Trade flows from a CSV headed reporter,partner,year,hs,flow,kg. */
export const TRADE_KG_MAPPING: Mapping = {
  table: 'trade_flow',
  fields: {
    reporter_id: { column: 'reporter' },
    partner_id: { column: 'partner' },
    year: { column: 'year' },
    hs_code: { column: 'hs' },
    flow: { column: 'flow' },
    quantity: { column: 'kg' }
  }
}

export function waitForJob(engine: Engine, jobId: string): Promise<JobStatus> {
  return new Promise((resolve, reject) => {
    const off = engine.on('job.progress', (status) => {
      if (status.jobId !== jobId || status.state === 'running') return
      off()
      resolve(status)
    })
    void engine.call('jobs.get', { jobId }).then((r) => {
      if (!r.ok) {
        off()
        reject(new Error(r.error.message))
      } else if ((r.value as JobStatus).state !== 'running') {
        off()
        resolve(r.value as JobStatus)
      }
    })
  })
}
