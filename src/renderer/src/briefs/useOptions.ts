// The rows a brief's settings pick from (countries, sources, a country's assessments), read through the
// grid's own rows.page so the lists match what the tables show; each a query kept current by the change feed.
import type { Row } from '../../../shared/api'
import { useCall } from '../data/queries'

export interface Option {
  id: number
  label: string
  detail: string
}

function toOptions(rows: Row[], label: string, detail: string): Option[] {
  return rows.map((r) => ({ id: Number(r.id), label: String(r[label] ?? r.id), detail: String(r[detail] ?? '') }))
}

export function useCountries(): Option[] {
  const page = useCall('rows.page', {
    table: 'country',
    offset: 0,
    limit: 1000,
    sort: [{ column: 'name', dir: 'asc' }],
    filters: [{ column: 'kind', op: 'equals', value: 'country' }]
  })
  return page.data ? toOptions(page.data.rows, 'name', 'code') : []
}

export function useSources(): Option[] {
  const page = useCall('rows.page', { table: 'source', offset: 0, limit: 2000, sort: [{ column: 'code', dir: 'asc' }], filters: [] })
  return page.data ? toOptions(page.data.rows, 'code', 'title') : []
}

export function useAssessments(countryName: string | null): Option[] {
  const page = useCall(
    'rows.page',
    countryName ? { table: 'assessment', offset: 0, limit: 500, sort: [], filters: [{ column: 'country_id', op: 'equals', value: countryName }] } : null
  )
  return page.data ? toOptions(page.data.rows, 'title', 'status') : []
}
