// The import bench's floor: what SQLite alone needs to load the same 1,000,000 trade flows into Lodestone's own
// trade_flow table (its columns, its nine indexes, WAL and full sync as the app opens it), the values already
// converted in memory: multi-row inserts with foreign keys checked once at the end, then every index built and
// the commit. No parsing, no validation, no key lookups, no change log. (Bench code: it reads the schema from
// the dataset Lodestone made and writes SQL of its own, which the app never does outside core/.)
import Database from 'better-sqlite3'

export interface FloorRows {
  reporters: readonly string[]
  partners: readonly string[]
  years: readonly number[]
  hsCodes: readonly string[]
  flows: readonly string[]
}

const TABLES = ['country', 'unit', 'source', 'trade_flow']
const ROWS_PER_INSERT = 64

/** Milliseconds to load `rows` (in the CSV's order and values) into a copy of `dataset`'s trade_flow schema. */
export function sqliteFloorMs(dataset: string, target: string, rows: FloorRows): { ms: number; indexes: number } {
  const db = new Database(target)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.exec(`ATTACH DATABASE '${dataset.replace(/'/g, "''")}' AS ref`)
    const schema = db
      .prepare("SELECT type, name, tbl_name AS tableName, sql FROM ref.sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')")
      .all() as {
      type: string
      name: string
      tableName: string
      sql: string
    }[]
    for (const t of TABLES) db.exec(schema.find((s) => s.type === 'table' && s.name === t)!.sql)
    for (const t of TABLES.slice(0, 3)) db.exec(`INSERT INTO main.${t} SELECT * FROM ref.${t}`)
    db.exec('DETACH DATABASE ref')
    const indexes = schema.filter((s) => s.type === 'index' && s.tableName === 'trade_flow').map((s) => s.sql)
    const country = new Map((db.prepare('SELECT code, id FROM country').all() as { code: string; id: number }[]).map((c) => [c.code, c.id]))
    const kg = (db.prepare("SELECT id FROM unit WHERE code = 'kg'").get() as { id: number }).id
    const columns = ['reporter_id', 'partner_id', 'year', 'hs_code', 'flow', 'quantity', 'quantity_unit_id', 'value_usd', 'value_basis', 'estimated']
    const tuple = `(${columns.map(() => '?').join(', ')})`
    const sql = (n: number): string => `INSERT INTO trade_flow (${columns.join(', ')}) VALUES ${Array.from({ length: n }, () => tuple).join(', ')}`
    const many = db.prepare(sql(ROWS_PER_INSERT))
    const start = performance.now()
    db.pragma('foreign_keys = OFF')
    db.exec('BEGIN IMMEDIATE')
    let params: (string | number)[] = []
    let n = 0
    for (const r of rows.reporters)
      for (const p of rows.partners)
        for (const y of rows.years)
          for (const h of rows.hsCodes)
            for (const f of rows.flows) {
              const q = ((n * 7919) % 100000) / 10
              params.push(country.get(r)!, country.get(p)!, y, h, f, q, kg, Math.round(q * 13.7), f.endsWith('import') ? 'CIF' : 'FOB', n % 9 === 0 ? 1 : 0)
              n++
              if (params.length === ROWS_PER_INSERT * columns.length) {
                many.run(params)
                params = []
              }
            }
    if (params.length) db.prepare(sql(params.length / columns.length)).run(params)
    if ((db.pragma('foreign_key_check(trade_flow)') as unknown[]).length) throw new Error('floor: a row refers to no row')
    for (const index of indexes) db.exec(index)
    db.exec('COMMIT')
    const ms = performance.now() - start
    db.pragma('foreign_keys = ON')
    return { ms, indexes: indexes.length }
  } finally {
    db.close()
  }
}
