// createStarterDataset: builds a new dataset file from the starter CSVs (resources/starter) in one transaction.
// Every CSV is read and checked before the file is made; if anything fails afterwards the half-made file
// (and its -wal/-shm) is deleted and the error rethrown. The load writes one 'system' edit batch, no change log.
import fs from 'node:fs'
import { EngineError } from '../errors'
import { openDataset, type Db } from '../db/open'
import { createBatch } from '../edits/log'
import { readStarter, type StarterData } from './csv'
import { loadEntities } from './entities'
import { loadFigures } from './figures'
import { loadGaps } from './gaps'
import { createLookups } from './lookups'
import { markPreferred } from './preferred'
import { loadElements, loadHsCodes, loadSources } from './reference'
import { loadTradeFlows } from './trade'
import { readScenarioFolder, seedScenarios, type ScenarioData } from '../scenarios/inputs/seed'

export interface StarterSummary {
  sources: number
  elements: number
  hsCodes: number
  figures: number
  tradeFlows: number
  facilities: number
  initiatives: number
  organisations: number
  themes: number
  evidenceLinks: number
  /** Conflict groups (figures for the same thing) shipped with a preferred figure and its reason. */
  preferredGroups: number
}

/** Today's date in the local time zone, yyyy-mm-dd. */
export function localDate(d = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function loadAll(db: Db, data: StarterData, scenarios: ScenarioData | null): StarterSummary {
  loadSources(db, data['sources.csv'])
  const lookups = createLookups(db)
  loadElements(db, data['elements.csv'], lookups)
  loadHsCodes(db, data['hs_codes.csv'], lookups)
  const figures = loadFigures(db, data['facts.csv'], lookups)
  const tradeFlows = loadTradeFlows(db, figures.values(), lookups)
  const entities = loadEntities(db, data['entities.csv'], lookups)
  const preferredGroups = markPreferred(db).length
  const evidenceLinks = loadGaps(db, data['gaps.csv'], figures, lookups, { asOf: localDate(), countryCode: 'IND', countryName: 'India' })
  if (scenarios) seedScenarios(db, scenarios)
  createBatch(db, { actor: 'lodestone', label: 'Created from the starter dataset', origin: 'system' })
  return {
    sources: data['sources.csv'].length,
    elements: data['elements.csv'].length,
    hsCodes: data['hs_codes.csv'].length,
    figures: figures.size,
    tradeFlows,
    facilities: entities.facility,
    initiatives: entities.initiative,
    organisations: entities.organisation,
    themes: data['gaps.csv'].length,
    evidenceLinks,
    preferredGroups
  }
}

/** Delete a dataset file and its SQLite side files, ignoring those that are not there. */
function removeDatasetFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true })
}

export function createStarterDataset(file: string, starterDir: string): StarterSummary {
  if (fs.existsSync(file)) {
    throw new EngineError('conflict', `There is already a file at ${file}; the starter dataset is only built into a new file. Nothing was changed.`, {
      path: file
    })
  }
  const data = readStarter(starterDir)
  const scenarios = readScenarioFolder(starterDir)
  let db: Db | undefined
  try {
    db = openDataset(file, { create: true })
    const open = db
    const summary = open.transaction(() => loadAll(open, data, scenarios))()
    db.close()
    db = undefined
    return summary
  } catch (e) {
    try {
      db?.close()
    } catch {
      // already closed or unusable: the files are removed below either way
    }
    removeDatasetFiles(file)
    if (e instanceof EngineError) throw e
    throw new EngineError('internal', `The starter dataset could not be built from ${starterDir}: ${(e as Error).message} No dataset file was left behind.`, {
      path: file
    })
  }
}
