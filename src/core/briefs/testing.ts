// Test helpers for briefs (used only by *.test.ts and benches): a starter dataset built once per test process and
// copied for each test, an engine on the copy, the India country brief the acceptance test is about, and a
// brief's HTML as the text a reader sees.
import fs from 'node:fs'
import path from 'node:path'
import type { Brief } from '../../shared/briefs'
import { createEngine, type Engine } from '../engine'
import { createStarterDataset } from '../starter/load'
import { ok, STARTER_DIR, tempDir } from '../testing/tempDataset'
import type { HostPorts } from './printer'

let template: string | null = null

/** A fresh copy of the starter dataset in `dir`. */
export function starterCopy(dir: string, name = 'starter.lodestone'): string {
  if (!template || !fs.existsSync(template)) {
    template = path.join(tempDir('lodestone-brief-template-'), 'starter.lodestone')
    createStarterDataset(template, STARTER_DIR)
  }
  const file = path.join(dir, name)
  fs.copyFileSync(template, file)
  return file
}

export function starterEngine(dir: string, ports?: HostPorts): Engine {
  return createEngine({ datasetPath: starterCopy(dir), host: 'test', actor: 'tester', ports })
}

export function countryId(engine: Engine, code: string): number {
  return (engine.db.prepare('SELECT id FROM country WHERE code = ?').get(code) as { id: number }).id
}

export const ACCEPTANCE_TAKEAWAY =
  "India's plan has all three pillars, but each is small or early: a recycling scheme still being argued over, a magnet plant counted in kilograms, and partnerships without offtake terms. The dependence is real whichever figure is used; the steep part of the trek is the midstream."

/** The acceptance brief: India's country dependence brief from the starter data, with an analyst's takeaway. */
export async function indiaBrief(engine: Engine): Promise<Brief> {
  const brief = await ok(engine, 'briefs.create', {
    template: 'country',
    countryId: countryId(engine, 'IND'),
    author: 'A. Analyst',
    classification: 'Internal'
  })
  return ok(engine, 'briefs.update', { id: brief.id, patch: { config: { ...brief.config, takeaway: ACCEPTANCE_TAKEAWAY } } })
}

/** A rendered brief's HTML as its reader's text: no charts, styles or tags, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}
