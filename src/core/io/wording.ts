// Figures stored in the dataset's words: an imported figure whose indicator, country, year and scope the
// dataset already holds from another source, with the same value under other words ("Mine production" where the
// starter says "REO total (rare-earth-oxide equivalent)"), votes for those words. A file's votes make a proposal
// (mapping.subjects) that a second pass applies, so repeats meet the other source's figure in one conflict group.
import type { SubjectWording } from '../../shared/dataFiles'
import type { Db } from '../db/open'
import { scopeKey, subjectKey } from '../indicators/conflicts'
import { prepared } from '../tables/statements'
import type { Values } from '../tables/write'
import type { Converted } from './converted'
import { sameReport } from './otherSources'

interface Stored {
  subject: string
  source: number | null
  values: Values
}

/** Votes for the words of one (indicator, file subject). */
interface Votes {
  indicatorId: number
  from: string
  /** Dataset words -> figures of another source that repeat the file's value under them. */
  words: Map<string, number>
  /** Figures whose counterparts already use the file's words. */
  aligned: number
}

/** Where a figure sits: indicator, country, year and scope (as conflict groups see it); null without them. */
function placeOf(v: Values): string | null {
  if (typeof v.indicator_id !== 'number' || typeof v.country_id !== 'number' || typeof v.year !== 'number') return null
  return `${v.indicator_id}|${v.country_id}|${v.year}|${scopeKey(typeof v.scope === 'string' ? v.scope : null)}`
}

const STORED_SQL =
  'SELECT indicator_id, country_id, year, scope, subject, source_id, value, value_low, value_high, unit_id, value_text FROM observation WHERE year IS NOT NULL'

/** Reads the dataset's figures once, then takes each imported figure's vote (`look`) and proposes wordings. */
export class WordingSurvey {
  private readonly stored = new Map<string, Stored[]>()
  private readonly votes = new Map<string, Votes>()
  /** Indicator id -> the subjects the file itself uses (in subjectKey form). */
  private readonly fileSubjects = new Map<number, Set<string>>()

  constructor(private readonly db: Db) {
    for (const row of db.prepare(STORED_SQL).iterate() as IterableIterator<Values>) {
      const place = placeOf(row)
      if (!place) continue
      const list = this.stored.get(place) ?? []
      list.push({ subject: String(row.subject ?? ''), source: (row.source_id as number | null) ?? null, values: row })
      this.stored.set(place, list)
    }
  }

  look(values: Values): void {
    const subject = typeof values.subject === 'string' ? values.subject.trim() : ''
    const indicatorId = values.indicator_id
    if (subject === '' || typeof indicatorId !== 'number') return
    const used = this.fileSubjects.get(indicatorId) ?? new Set<string>()
    used.add(subjectKey(subject))
    this.fileSubjects.set(indicatorId, used)
    const place = placeOf(values)
    const source = (values.source_id as number | null | undefined) ?? null
    const others = place ? this.stored.get(place)?.filter((s) => s.source !== source) : undefined
    if (!others?.length) return
    const key = `${indicatorId}\u0001${subject}`
    const votes = this.votes.get(key) ?? { indicatorId, from: subject, words: new Map<string, number>(), aligned: 0 }
    this.votes.set(key, votes)
    if (others.some((o) => subjectKey(o.subject) === subjectKey(subject))) {
      votes.aligned++
      return
    }
    const words = new Set(others.filter((o) => sameReport('observation', o.values, values)).map((o) => o.subject))
    for (const w of words) votes.words.set(w, (votes.words.get(w) ?? 0) + 1)
  }

  /**
   * Each file subject whose repeats name one wording more often than any other (and more often than figures
   * already worded alike), unless the file uses that wording itself. Where several file subjects name the same
   * wording (Mine production, and the salient statistics' Mineral concentrates), the one with most votes takes it.
   */
  proposal(): SubjectWording[] {
    const best = new Map<string, { indicatorId: number; from: string; to: string; votes: number; tied: boolean }>()
    for (const v of this.votes.values()) {
      const [top, second] = [...v.words].sort((a, b) => b[1] - a[1])
      if (!top || top[1] <= v.aligned || (second && second[1] === top[1])) continue
      if (this.fileSubjects.get(v.indicatorId)?.has(subjectKey(top[0]))) continue
      const target = `${v.indicatorId}|${subjectKey(top[0])}`
      const held = best.get(target)
      if (held && held.votes > top[1]) continue
      best.set(target, { indicatorId: v.indicatorId, from: v.from, to: top[0], votes: top[1], tied: held?.votes === top[1] })
    }
    const code = prepared(this.db, 'SELECT code FROM indicator WHERE id = ?')
    return [...best.values()]
      .filter((p) => !p.tied)
      .map((p) => ({ indicator: (code.get(p.indicatorId) as { code: string }).code, from: p.from, to: p.to }))
      .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.from.localeCompare(b.from))
  }
}

/** Applies a mapping's wordings: the figure takes the dataset's words, and its note keeps the file's. */
export class Wording {
  private readonly words = new Map<string, string>()

  constructor(db: Db, wordings: readonly SubjectWording[]) {
    const id = prepared(db, 'SELECT id FROM indicator WHERE code = ?')
    for (const w of wordings) {
      const row = id.get(w.indicator) as { id: number } | undefined
      if (row) this.words.set(`${row.id}\u0001${w.from.trim()}`, w.to)
    }
  }

  apply(rec: Converted): void {
    const subject = rec.values.subject
    if (typeof subject !== 'string' || typeof rec.values.indicator_id !== 'number') return
    const to = this.words.get(`${rec.values.indicator_id}\u0001${subject.trim()}`)
    if (to === undefined || to === subject) return
    rec.values.subject = to
    rec.display.subject = to
    const said = `Subject as the file words it: ${subject.trim()}.`
    const note = rec.values.note
    rec.values.note = typeof note === 'string' && note.trim() !== '' ? `${note} ${said}` : said
    rec.display.note = rec.values.note
  }
}
