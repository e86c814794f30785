// Random payloads thrown at every contract method (fast-check): the engine never crashes, always answers a
// typed error or a value, and a refused call writes nothing. Also pins that inputs and handlers match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ERROR_CODES, inputs } from '../shared/api'
import type { Engine } from './engine'
import { count, removeDir, seededEngine, tempDir } from './testing/tempDataset'

let dir: string
let engine: Engine
beforeAll(async () => {
  dir = tempDir()
  engine = await seededEngine(dir)
})
afterAll(() => {
  engine.close()
  removeDir(dir)
})

const anyPayload = fc.oneof(
  fc.anything(),
  fc.record({ table: fc.oneof(fc.constantFrom('observation', 'source', 'nope', '../x'), fc.string()), id: fc.oneof(fc.integer(), fc.double(), fc.string()) }),
  fc.record({
    changes: fc.array(
      fc.record({
        kind: fc.constantFrom('update', 'insert', 'delete', 'drop'),
        table: fc.string(),
        id: fc.integer(),
        column: fc.string(),
        value: fc.anything()
      }),
      { maxLength: 3 }
    )
  })
)

describe('the contract under random input', () => {
  it('answers every method with a value or a typed error, and refused calls write nothing', async () => {
    const methods = [...Object.keys(inputs), 'no.such.method', '__proto__', 'constructor']
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods), anyPayload, async (method, payload) => {
        const before = count(engine, 'change_log')
        const result = await engine.call(method, payload)
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code)
          expect(result.error.message.length).toBeGreaterThan(10)
          expect(count(engine, 'change_log')).toBe(before)
        }
      }),
      { numRuns: 600 }
    )
  })

  it('names an unknown method', async () => {
    const result = await engine.call('rows.drop', {})
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })
})
