import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { inLane, MAX_WAIT_MS, QUIET_MS } from './lanes'

/** A call that stays open until released, noting when it was sent. */
function pending(log: string[], name: string): { send(): Promise<string>; release(): void } {
  let release = (): void => undefined
  return {
    send: () => {
      log.push(name)
      return new Promise<string>((done) => (release = () => done(name)))
    },
    release: () => release()
  }
}

describe('call lanes', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds refreshes while a write is on its way and for a quiet spell after it, then sends them two at a time', async () => {
    const log: string[] = []
    const write = pending(log, 'edit')
    const reads = ['info', 'tables', 'state'].map((n) => pending(log, n))
    const writing = inLane('edits.apply', write.send)
    const reading = reads.map((r) => inLane('app.info', r.send))
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['edit'])
    write.release()
    await writing
    await vi.advanceTimersByTimeAsync(QUIET_MS - 10)
    expect(log).toEqual(['edit'])
    await vi.advanceTimersByTimeAsync(10)
    expect(log).toEqual(['edit', 'info', 'tables'])
    reads[0]!.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['edit', 'info', 'tables', 'state'])
    reads[1]!.release()
    reads[2]!.release()
    expect(await Promise.all(reading)).toEqual(['info', 'tables', 'state'])
  })

  it('never holds a refresh longer than its patience, however many edits follow', async () => {
    const log: string[] = []
    const read = pending(log, 'info')
    const reading = inLane('app.info', read.send)
    for (let t = 0; t < MAX_WAIT_MS + QUIET_MS; t += 100) {
      const write = pending(log, 'edit')
      const writing = inLane('edits.apply', write.send)
      write.release()
      await writing
      await vi.advanceTimersByTimeAsync(100)
      if (log.includes('info')) break
    }
    expect(log).toContain('info')
    expect(log.filter((n) => n === 'edit').length).toBeLessThanOrEqual(MAX_WAIT_MS / 100 + 1)
    read.release()
    await reading
  })

  it('sends other calls at once, whatever else is waiting', async () => {
    const log: string[] = []
    const write = pending(log, 'edit')
    const page = pending(log, 'page')
    const writing = inLane('edits.apply', write.send)
    const paging = inLane('rows.page', page.send)
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['edit', 'page'])
    page.release()
    write.release()
    expect(await Promise.all([writing, paging])).toEqual(['edit', 'page'])
    await vi.advanceTimersByTimeAsync(QUIET_MS)
  })
})
