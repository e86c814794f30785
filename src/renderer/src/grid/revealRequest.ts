// A row to show once its table's grid is open (search everything jumps to a row of another table): the palette
// leaves the request here, the grid takes it when it is ready. One request at a time; the newest wins.

let pending: { table: string; id: number } | null = null

export function requestReveal(table: string, id: number): void {
  pending = { table, id }
}

export function takeReveal(table: string): number | null {
  if (!pending || pending.table !== table) return null
  const { id } = pending
  pending = null
  return id
}
