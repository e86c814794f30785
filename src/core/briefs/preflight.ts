// The pre-flight check before export: everything the render met (missing figures, uncited figures, drafts, deleted
// evidence, empty sections, cited figures a newer or preferred figure contradicts) plus figures older than the brief's age limit, numbers typed into free text instead of
// referenced, and text long enough to break a two-page note. Errors first; the analyst may still go ahead.
import type { Brief, PreflightItem } from '../../shared/briefs'
import type { RenderResult } from './render'
import { bareNumbers } from './text'

const LONG_TEXT = 2500

function staleItems(brief: Brief, result: RenderResult, today: Date): PreflightItem[] {
  const limit = today.getUTCFullYear() - brief.config.staleYears
  const seen = new Set<number>()
  const items: PreflightItem[] = []
  for (const { figure, section } of result.shown) {
    if (seen.has(figure.id)) continue
    seen.add(figure.id)
    if (figure.year !== null && figure.year < limit) {
      items.push({
        kind: 'stale',
        level: 'warning',
        section,
        message: `Figure ${figure.code} (${figure.subject}) is from ${figure.year}, older than ${brief.config.staleYears} years.`
      })
    }
  }
  return items
}

function textItems(brief: Brief): PreflightItem[] {
  const items: PreflightItem[] = []
  const texts: [PreflightItem['section'], string | null][] = [
    ['highlights', brief.config.highlights],
    ['takeaway', brief.config.takeaway]
  ]
  for (const [section, text] of texts) {
    if (!text) continue
    const numbers = bareNumbers(text)
    if (numbers.length) {
      const shown = numbers
        .slice(0, 4)
        .map((n) => `"${n}"`)
        .join(', ')
      items.push({
        kind: 'uncited',
        level: 'warning',
        section,
        message: `The ${section} text types ${numbers.length} number${numbers.length === 1 ? '' : 's'} (${shown}) instead of referencing a figure like {F0003}, so ${numbers.length === 1 ? 'it carries' : 'they carry'} no citation.`
      })
    }
    if (brief.template === 'country' && text.length > LONG_TEXT) {
      items.push({
        kind: 'long',
        level: 'warning',
        section,
        message: `The ${section} text is ${text.length.toLocaleString('en-GB')} characters long; a two-page note has room for about ${LONG_TEXT.toLocaleString('en-GB')}.`
      })
    }
  }
  return items
}

export function preflight(brief: Brief, result: RenderResult, today = new Date()): PreflightItem[] {
  const items = [...result.problems, ...staleItems(brief, result, today), ...textItems(brief)]
  return items.sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1))
}
