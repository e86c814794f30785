// The migration list: numbered SQL files under db/migrations, applied in order; PRAGMA user_version = steps applied.
// Shipped files are never edited (a test pins their hashes). Files are inlined at build time by Vite's ?raw import,
// so the built engine carries its schema and needs no files on disk.
import m0001 from './migrations/0001_initial.sql?raw'
import m0002 from './migrations/0002_assessments.sql?raw'
import m0003 from './migrations/0003_briefs.sql?raw'
import m0004 from './migrations/0004_insert_ranges.sql?raw'
import m0005 from './migrations/0005_trade_flow_source_key.sql?raw'
import m0006 from './migrations/0006_find_index.sql?raw'
import m0007 from './migrations/0007_scenarios.sql?raw'
import m0008 from './migrations/0008_preferred_reason.sql?raw'
import m0009 from './migrations/0009_scenario_brief.sql?raw'

export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: '0001_initial', sql: m0001 },
  { version: 2, name: '0002_assessments', sql: m0002 },
  { version: 3, name: '0003_briefs', sql: m0003 },
  { version: 4, name: '0004_insert_ranges', sql: m0004 },
  { version: 5, name: '0005_trade_flow_source_key', sql: m0005 },
  { version: 6, name: '0006_find_index', sql: m0006 },
  { version: 7, name: '0007_scenarios', sql: m0007 },
  { version: 8, name: '0008_preferred_reason', sql: m0008 },
  { version: 9, name: '0009_scenario_brief', sql: m0009 }
]

export const SCHEMA_VERSION = MIGRATIONS.length

/** PRAGMA application_id for Lodestone files: "LODE" in ASCII. */
export const APPLICATION_ID = 0x4c4f4445
