// Addresses of views: every route writes a hash that parses back to it, table addresses read as their labels,
// and anything else (unknown views, bad ids, extra parts) parses to null so the app falls back quietly.
import { describe, expect, it } from 'vitest'
import { TABLES } from '../../../shared/schema'
import { parseRoute, routeHash, tableSlug, type Route } from './route'

describe('routes', () => {
  const routes: Route[] = [
    { view: 'start' },
    { view: 'indicators' },
    { view: 'import' },
    { view: 'files' },
    { view: 'deleted' },
    { view: 'new-brief' },
    { view: 'assessments', id: null },
    { view: 'assessments', id: 3 },
    { view: 'scenarios', id: 12 },
    { view: 'briefs', id: null },
    { view: 'briefs', id: 1 },
    ...TABLES.map((t) => ({ view: 'table' as const, table: t.name }))
  ]

  it.each(routes.map((r) => [routeHash(r), r] as const))('%s parses back to its route', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route)
  })

  it('names tables by their labels, each one distinct', () => {
    expect(routeHash({ view: 'table', table: 'observation' })).toBe('#/tables/figures')
    expect(tableSlug('trade_flow')).toBe('trade-flows')
    expect(new Set(TABLES.map((t) => tableSlug(t.name))).size).toBe(TABLES.length)
  })

  it('still opens a table by the address it had before a rename', () => {
    expect(routeHash({ view: 'table', table: 'scenario' })).toBe('#/tables/scenario-definitions')
    expect(parseRoute('#/tables/scenarios')).toEqual({ view: 'table', table: 'scenario' })
  })

  it('reads a brief, an assessment and the new-brief form', () => {
    expect(parseRoute('#/briefs/1')).toEqual({ view: 'briefs', id: 1 })
    expect(parseRoute('#/assessments/')).toEqual({ view: 'assessments', id: null })
    expect(parseRoute('#/briefs/new')).toEqual({ view: 'new-brief' })
  })

  it.each([
    '',
    '#',
    '#/',
    '#/nowhere',
    '#/tables/observation',
    '#/tables/constructor',
    '#/tables',
    '#/briefs/0',
    '#/briefs/x',
    '#/briefs/1/2',
    '#/start/1',
    '#/assessments/-3'
  ])('%s names no view', (hash) => {
    expect(parseRoute(hash)).toBeNull()
  })
})
