// Labels for referenced rows the engine did not label for us (history entries show ids): fetched with
// 'rows.get' once and kept until the dataset changes. Never fetches a whole table.
import { tableDef, type TableName } from '../../../shared/schema'
import { call } from '../api/client'
import { rowLabel } from './rows'

const cache = new Map<string, Promise<string>>()

export function fetchRefLabel(table: TableName, id: number): Promise<string> {
  const key = `${table}:${id}`
  let label = cache.get(key)
  if (!label) {
    label = call('rows.get', { table, id })
      .then((row) => rowLabel(table, row))
      .catch(() => `${tableDef(table).singular} #${id} (deleted)`)
    cache.set(key, label)
  }
  return label
}

export function clearRefLabels(): void {
  cache.clear()
}
