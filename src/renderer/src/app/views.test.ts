// The navigation's names: every entry (a view or a table) has its own, so a user never meets two "Scenarios"
// and a screen reader's list of links names each place once.
import { describe, expect, it } from 'vitest'
import { TABLES } from '../../../shared/schema'
import { NAV_VIEWS } from './views'

describe('navigation names', () => {
  it('gives every view and every table a distinct name', () => {
    const names = [...NAV_VIEWS.map((v) => v.label), ...TABLES.map((t) => t.label)].map((n) => n.toLowerCase())
    const twice = names.filter((n, i) => names.indexOf(n) !== i)
    expect(twice).toEqual([])
  })
})
