// A big CSV import on two cores: a parse thread (the import worker's own entry, started again with a `feed`)
// decodes, parses and converts the file and posts batches of items (batches.ts); the import thread, still the
// only writer, takes them synchronously. At most MAX_IN_FLIGHT batches wait (counters in shared memory), so memory
// stays flat; the parse thread reads the dataset on its own read-only connection and never writes.
import fs from 'node:fs'
import os from 'node:os'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type { ApiError } from '../../shared/api'
import type { Mapping, ReadOptions } from '../../shared/dataFiles'
import { connect, type Db } from '../db/connection'
import { EngineError } from '../errors'
import { BatchEncoder, movedBuffers, type ItemBatch } from './batches'
import { Converter } from './convert'
import { RowConverter } from './items'
import { planMapping } from './plan'
import { RefResolver } from './refs'
import { openSource } from './source'

/** From about this many rows, a CSV is parsed and converted in a parse thread (when there is a worker entry). */
export const FEED_MIN_ROWS = 20_000

export interface FeedSpec {
  datasetPath: string
  nativeBinding?: string
  filePath: string
  fileName: string
  read: ReadOptions
  mapping: Mapping
}

export interface FeedData {
  feed: FeedSpec
  port: MessagePort
  shared: SharedArrayBuffer
  /** The file's bytes, handed over by the import thread (moved, not copied); else read from filePath. */
  bytes?: Uint8Array
}

/**
 * Whether a big import gets a parse thread: only when the machine has room for two busy threads beside what else
 * runs (idle cores measured just before, idleCores). On a busy 2-core machine a parse thread made the import
 * slower and the thread answering the UI waited. LODESTONE_PARSE_THREAD=on or off decides instead.
 */
export function parseThreadWanted(idle: number, setting?: string): boolean {
  if (setting === 'on') return true
  if (setting === 'off') return false
  return idle >= 1.5
}

/** How many cores were idle over the next `ms` milliseconds (this thread sleeps meanwhile), from the OS's CPU times. */
export function idleCores(ms: number): number {
  const total = (t: os.CpuInfo['times']): number => t.user + t.nice + t.sys + t.idle + t.irq
  const before = os.cpus()
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
  const after = os.cpus()
  let idle = 0
  let all = 0
  after.forEach((cpu, i) => {
    const was = before[i]
    if (!was) return
    idle += cpu.times.idle - was.times.idle
    all += total(cpu.times) - total(was.times)
  })
  return all > 0 ? (idle / all) * after.length : 0
}

type FeedMessage = { type: 'batch'; batch: ItemBatch } | { type: 'end' } | { type: 'error'; error: ApiError }

const POSTED = 0
const TAKEN = 1
const STOP = 2
const MAX_IN_FLIGHT = 4
/** The parse thread posts a batch every few milliseconds; this long without one means it is gone. */
const SILENCE_MS = 60_000

/** The parse thread's work: every row of the file, converted, posted in batches; then 'end' (or 'error'). */
export async function produce(data: FeedData): Promise<void> {
  const { feed, port } = data
  const state = new Int32Array(data.shared)
  const post = (m: FeedMessage): void => {
    port.postMessage(m, m.type === 'batch' ? movedBuffers(m.batch) : [])
    Atomics.add(state, POSTED, 1)
    Atomics.notify(state, POSTED)
  }
  let db: Db | null = null
  try {
    const source = await openSource(data.bytes ?? fs.readFileSync(feed.filePath), feed.fileName, feed.read)
    delete data.bytes
    const plan = planMapping(feed.mapping, source.columns)
    db = connect(feed.datasetPath, 'read')
    const encoder = new BatchEncoder()
    const resolver = new RefResolver(db, feed.mapping.source, (p) => encoder.addPending(p))
    const rows = new RowConverter(new Converter(plan, resolver, source.layout.decimal, source.footnotes))
    const add = encoder.add.bind(encoder)
    const send = (progress: number): void => {
      post({ type: 'batch', batch: encoder.take(progress) })
      for (let taken = Atomics.load(state, TAKEN); Atomics.load(state, POSTED) - taken >= MAX_IN_FLIGHT; taken = Atomics.load(state, TAKEN)) {
        if (Atomics.load(state, STOP)) return
        Atomics.wait(state, TAKEN, taken, 1000)
      }
    }
    source.eachRow((row, progress) => {
      rows.items(row, add)
      if (encoder.row()) send(progress)
      return Atomics.load(state, STOP) === 0
    })
    send(source.progressTotal)
    post({ type: 'end' })
  } catch (e) {
    const error = e instanceof EngineError ? e.toApiError() : { code: 'internal' as const, message: (e as Error).message ?? String(e) }
    post({ type: 'error', error })
  } finally {
    db?.close()
    port.close()
  }
}

/** The import thread's end: starts the parse thread and hands its batches over one at a time. */
export class Feed {
  private readonly port: MessagePort
  private readonly state: Int32Array
  private readonly worker: Worker

  /** `bytes`: the file as this thread read it, moved to the parse thread when it owns its whole buffer. */
  constructor(entry: string, spec: FeedSpec, bytes: Uint8Array | null = null) {
    const channel = new MessageChannel()
    const shared = new SharedArrayBuffer(12)
    this.port = channel.port1
    this.state = new Int32Array(shared)
    const workerData: FeedData = { feed: spec, port: channel.port2, shared }
    const movable = bytes && bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : null
    try {
      this.worker = new Worker(entry, {
        workerData: { ...workerData, ...(movable ? { bytes: bytes! } : {}) },
        transferList: movable ? [channel.port2, movable] : [channel.port2]
      })
    } catch {
      this.worker = new Worker(entry, { workerData, transferList: [channel.port2] }) // a buffer that cannot move: read again
    }
  }

  /** The next batch (this thread waits for it); null after the last. Throws what stopped the parse thread. */
  next(): ItemBatch | null {
    let waited = 0
    for (;;) {
      const posted = Atomics.load(this.state, POSTED)
      const got = receiveMessageOnPort(this.port)
      if (got) {
        const m = got.message as FeedMessage
        if (m.type === 'end') return null
        if (m.type === 'error') throw new EngineError(m.error.code, m.error.message, m.error.details)
        Atomics.add(this.state, TAKEN, 1)
        Atomics.notify(this.state, TAKEN)
        return m.batch
      }
      if (waited >= SILENCE_MS) throw new Error('the thread reading the file stopped answering')
      if (Atomics.wait(this.state, POSTED, posted, 100) === 'timed-out') waited += 100
    }
  }

  /** Ends the parse thread (at the end, on cancel or on a failure). */
  stop(): void {
    Atomics.store(this.state, STOP, 1)
    Atomics.notify(this.state, TAKEN)
    this.port.close()
    void this.worker.terminate()
  }
}
