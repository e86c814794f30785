// Long import work as jobs: each preview or import gets an id and a status (phase, rows, rate, time left) that
// is pushed as 'job.progress' events at most every 100 ms and at its end. One job at a time per dataset (a
// second waits for nothing: it is refused in words). Cancel reaches the running task; close stops everything.
import crypto from 'node:crypto'
import type { UndoResult } from '../../shared/api'
import type { JobStatus } from '../../shared/dataFiles'
import { EngineError } from '../errors'
import type { EventHub } from '../events'
import { JobClock } from './jobClock'
import type { PipelineOutcome, PipelineProgress } from './pipeline'
import type { CopyInTask, Runner, RunningTask } from './runners'
import type { ImportTask, ReplayTask, TaskMessage, WorkerTask } from './task'

const EMIT_EVERY_MS = 100

interface Job {
  status: JobStatus
  running: RunningTask | null
  clock: JobClock
  lastEmit: number
  cancelRequested: boolean
}

export interface JobHooks {
  /** Called before the first job starts (the engine makes its own writes fail fast instead of waiting). */
  busy(): void
  /** Called when no job runs any more. */
  idle(): void
}

function busyMessage(kind: JobStatus['kind']): string {
  if (kind === 'undo' || kind === 'redo') return `A large ${kind} is still running. Wait a moment for it to finish, then try again.`
  return 'Another import is running. Wait for it to finish, or cancel it, then try again.'
}

export class JobManager {
  private readonly jobs = new Map<string, Job>()
  private active: Job | null = null

  constructor(
    private readonly events: EventHub,
    private readonly runner: Runner,
    private readonly hooks: JobHooks
  ) {}

  isRunning(): boolean {
    return this.active !== null
  }

  get(jobId: string): JobStatus {
    const job = this.jobs.get(jobId)
    if (!job) throw new EngineError('not_found', 'There is no such job (it may have finished before Lodestone restarted).')
    return job.status
  }

  cancel(jobId: string): JobStatus {
    const job = this.jobs.get(jobId)
    if (!job) throw new EngineError('not_found', 'There is no such job (it may have finished before Lodestone restarted).')
    if (job.status.state === 'running') {
      job.cancelRequested = true
      job.running?.cancel()
      job.status = { ...job.status, phase: 'cancelling' }
      this.emit(job, true)
    }
    return job.status
  }

  /** Stops every running job now (the engine is closing): SQLite rolls their transactions back. */
  closeAll(): void {
    for (const job of this.jobs.values()) job.running?.terminate()
  }

  private emit(job: Job, force = false): void {
    const now = Date.now()
    if (!force && now - job.lastEmit < EMIT_EVERY_MS) return
    job.lastEmit = now
    this.events.emit('job.progress', job.status)
  }

  private begin(kind: JobStatus['kind'], bytesTotal: number): Job {
    if (this.active) throw new EngineError('conflict', busyMessage(this.active.status.kind))
    const status: JobStatus = {
      jobId: crypto.randomUUID(),
      kind,
      state: 'running',
      phase: 'starting',
      rowsDone: 0,
      bytesDone: 0,
      bytesTotal,
      rowsPerSecond: 0,
      secondsLeft: null,
      startedAt: new Date().toISOString()
    }
    const job: Job = { status, running: null, clock: new JobClock(Date.now()), lastEmit: 0, cancelRequested: false }
    this.jobs.set(status.jobId, job)
    this.active = job
    this.hooks.busy()
    return job
  }

  private progress(job: Job, p: PipelineProgress): void {
    const pace = job.clock.pace(p, Date.now())
    job.status = { ...job.status, phase: p.phase, rowsDone: p.rowsDone, bytesDone: p.done, bytesTotal: p.total, ...pace }
    this.emit(job)
  }

  private end(job: Job, state: JobStatus['state'], extra: Partial<JobStatus>): void {
    job.status = { ...job.status, ...extra, state, phase: state, secondsLeft: 0 }
    if (this.active === job) {
      this.active = null
      this.hooks.idle()
    }
    this.emit(job, true)
  }

  /** Runs a task to its end; resolves with what `answer` picks from its messages, rejects with its error in words. */
  private run<T>(job: Job, task: WorkerTask, answer: (m: TaskMessage) => T | undefined, beforeCommit?: (copy: CopyInTask) => Promise<void>): Promise<T> {
    return new Promise((resolve, reject) => {
      let result: T | undefined
      let failure: EngineError | null = null
      const onMessage = (m: TaskMessage): void => {
        if (m.type === 'progress') this.progress(job, m.progress)
        else if (m.type === 'error') failure = new EngineError(m.error.code, m.error.message, m.error.details)
        else result = answer(m) ?? result
      }
      let settled = false
      const settle = (): void => {
        if (settled) return
        settled = true
        if (result !== undefined) resolve(result)
        else reject(failure ?? new EngineError('internal', 'The work stopped before it finished. Nothing was changed.'))
      }
      const running = this.runner(
        task,
        (m) => {
          onMessage(m)
          if (m.type !== 'progress') settle() // the thread may still tidy the WAL up: no need to wait
        },
        beforeCommit
      )
      job.running = running
      void running.finished.then(() => {
        if (job.running === running) job.running = null
        settle()
      })
    })
  }

  private runPipeline(job: Job, task: ImportTask, beforeCommit?: (copy: CopyInTask) => Promise<void>): Promise<PipelineOutcome> {
    return this.run(job, task, (m) => (m.type === 'done' ? m.outcome : undefined), beforeCommit)
  }

  /** Undo or redo of a bulk import in the worker, reported as a job; awaited by the caller. */
  async replay(task: ReplayTask): Promise<UndoResult> {
    const job = this.begin(task.direction === 'backward' ? 'undo' : 'redo', 0)
    job.status = { ...job.status, phase: task.direction === 'backward' ? 'undoing' : 'redoing' }
    this.emit(job, true)
    try {
      const result = await this.run(job, task, (m) => (m.type === 'replayed' ? m.result : undefined))
      this.end(job, 'done', {})
      return result
    } catch (e) {
      this.end(job, 'failed', { error: { code: (e as EngineError).code ?? 'internal', message: (e as Error).message } })
      throw e
    }
  }

  /** A preview: awaited by the caller, reported as a job so the UI can show progress on big files. */
  async preview(task: ImportTask, bytesTotal: number): Promise<PipelineOutcome> {
    const job = this.begin('preview', bytesTotal)
    try {
      const outcome = await this.runPipeline(job, task)
      this.end(job, outcome.cancelled ? 'cancelled' : 'done', {})
      return outcome
    } catch (e) {
      this.end(job, 'failed', { error: { code: (e as EngineError).code ?? 'internal', message: (e as Error).message } })
      throw e
    }
  }

  /**
   * An import: returns its status at once; runs the task, which calls `prepare` (the snapshot) once it knows it
   * changes something, just before its commit (an import that changes nothing takes none); then `finish` turns
   * the outcome into the job's result (and announces the change).
   */
  start(task: ImportTask, bytesTotal: number, prepare: (copy: CopyInTask) => Promise<void>, finish: (o: PipelineOutcome) => JobStatus['result']): JobStatus {
    const job = this.begin('import', bytesTotal)
    const backUp = async (copy: CopyInTask): Promise<void> => {
      job.status = { ...job.status, phase: 'backing up' }
      this.emit(job, true)
      await prepare(copy)
    }
    void (async () => {
      try {
        const outcome = await this.runPipeline(job, task, backUp)
        const result = finish(outcome)
        if (outcome.cancelled) return this.end(job, 'cancelled', { result })
        if (outcome.refused || outcome.mappingProblems.length) {
          const message = outcome.refused ?? outcome.mappingProblems.join(' ')
          return this.end(job, 'failed', { result, error: { code: 'validation', message } })
        }
        this.end(job, 'done', { result })
      } catch (e) {
        this.end(job, 'failed', { error: { code: (e as EngineError).code ?? 'internal', message: (e as Error).message } })
      }
    })()
    return job.status
  }
}
