// Test helpers for import jobs: wait for a job's end through its 'job.progress' events (never by timing).
import type { JobStatus } from '../../shared/dataFiles'
import type { Engine } from '../engine'

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
