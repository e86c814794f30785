// Property: the SQL text of a page (and of its count) depends on the columns, operators and sort only, never on
// the filter values: any value, SQL-looking or not, travels as a bound parameter, intact.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FILTER_OPS } from '../../shared/api'
import { tableDef } from '../../shared/schema'
import { viewSql } from '../grid/view'
import { buildPageSql } from './query'

const table = 'trade_flow' as const
const columns = tableDef(table)
  .columns.filter((c) => !['number', 'integer', 'year', 'bool'].includes(c.type))
  .map((c) => c.name)
const sqlish = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom("'; DROP TABLE trade_flow; --", '%', '_', '\\', '" OR 1=1 --', ') UNION SELECT * FROM meta --', '\u0000')
)
const shape = fc.array(
  fc.record({ column: fc.constantFrom(...columns), op: fc.constantFrom(...FILTER_OPS.filter((o) => o !== 'blank' && o !== 'notBlank' && o !== 'inConflict')) }),
  { minLength: 1, maxLength: 4 }
)

describe('buildPageSql', () => {
  it('never varies its SQL with filter values, and binds each value', () => {
    fc.assert(
      fc.property(shape, fc.array(sqlish, { minLength: 4, maxLength: 4 }), fc.array(sqlish, { minLength: 4, maxLength: 4 }), (filters, a, b) => {
        const build = (values: string[]) =>
          buildPageSql({
            table,
            offset: 0,
            limit: 10,
            sort: [{ column: 'year', dir: 'desc' }],
            filters: filters.map((f, i) => ({ ...f, value: `x${values[i]!}` }))
          })
        const one = build(a)
        const two = build(b)
        expect(one.sql).toBe(two.sql)
        expect(one.countSql).toBe(two.countSql)
        const like = (i: number): boolean => filters[i]!.op === 'contains' || filters[i]!.op === 'startsWith'
        const unescaped = one.params.map((p, i) => (like(i) ? String(p).replace(/\\([\\%_])/g, '$1') : String(p)))
        expect(one.params).toHaveLength(filters.length)
        a.slice(0, filters.length).forEach((value, i) => expect(unescaped[i]).toContain(`x${value}`))
        for (const value of a) if (value.length > 3) expect(one.sql).not.toContain(`x${value}`) // the marked value, not a bare word like "name"
      }),
      { numRuns: 500 }
    )
  })

  it('and the keyset view the grid reads pages through does not either', () => {
    fc.assert(
      fc.property(shape, fc.array(sqlish, { minLength: 4, maxLength: 4 }), fc.array(sqlish, { minLength: 4, maxLength: 4 }), (filters, a, b) => {
        const view = (values: string[]) =>
          viewSql({ table, sort: [{ column: 'quantity', dir: 'asc' }], filters: filters.map((f, i) => ({ ...f, value: `x${values[i]!}` })) })
        const one = view(a)
        const two = view(b)
        expect([one.from, one.where, one.order]).toEqual([two.from, two.where, two.order])
        expect(one.params).toHaveLength(filters.length)
      }),
      { numRuns: 300 }
    )
  })
})
