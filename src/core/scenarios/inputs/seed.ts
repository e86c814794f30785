// What a new dataset gets for scenarios: the cited figures of resources/scenarios (beside resources/starter)
// and the starter scenarios built on them. A starter folder without a scenarios folder beside it gets neither.
import fs from 'node:fs'
import path from 'node:path'
import type { Db } from '../../db/open'
import { loadScenarioData, readScenarioCsvs, type ScenarioData } from './load'
import { seedStarterScenarios } from '../store'

export type { ScenarioData }

/** resources/scenarios next to the starter folder, read and checked; null when there is none. */
export function readScenarioFolder(starterDir: string): ScenarioData | null {
  const dir = path.join(starterDir, '..', 'scenarios')
  return fs.existsSync(path.join(dir, 'inputs.csv')) ? readScenarioCsvs(dir) : null
}

export function seedScenarios(db: Db, data: ScenarioData): void {
  loadScenarioData(db, data)
  seedStarterScenarios(db)
}
