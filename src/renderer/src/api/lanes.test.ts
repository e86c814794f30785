import { describe, expect, it } from 'vitest'
import { inLane } from './lanes'

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

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0))

describe('call lanes', () => {
  it('sends refreshes two at a time, and holds them while a write is on its way', async () => {
    const log: string[] = []
    const write = pending(log, 'edit')
    const reads = ['info', 'tables', 'state'].map((n) => pending(log, n))
    const writing = inLane('edits.apply', write.send)
    const reading = reads.map((r) => inLane('app.info', r.send))
    await tick()
    expect(log).toEqual(['edit'])
    write.release()
    await writing
    await tick()
    expect(log).toEqual(['edit', 'info', 'tables'])
    reads[0]!.release()
    await tick()
    expect(log).toEqual(['edit', 'info', 'tables', 'state'])
    reads[1]!.release()
    reads[2]!.release()
    expect(await Promise.all(reading)).toEqual(['info', 'tables', 'state'])
  })

  it('sends other calls at once, whatever else is waiting', async () => {
    const log: string[] = []
    const write = pending(log, 'edit')
    const page = pending(log, 'page')
    const writing = inLane('edits.apply', write.send)
    const paging = inLane('rows.page', page.send)
    await tick()
    expect(log).toEqual(['edit', 'page'])
    page.release()
    write.release()
    expect(await Promise.all([writing, paging])).toEqual(['edit', 'page'])
  })
})
