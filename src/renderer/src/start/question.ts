// What the Start view says a dataset is for, in words taken from the dataset itself: the country its gap
// assessments judge, what they name as the dependence, and their themes with the latest severity each.
// Pure functions over the assessment board, so they are unit-tested; no fixed text about any one dataset.
import type { AssessmentBoard } from '../../../shared/analysis'

export interface ThemeJudgement {
  theme: string
  /** The theme's name without its parenthesised detail: "Heavy rare earths (Dy, Tb) strategy" -> "Heavy rare earths strategy". */
  short: string
  severity: number | null
  assessmentId: number | null
}

export interface DatasetQuestion {
  /** The country the assessments judge (the first, when there are several), or null without assessments. */
  country: { id: number; code: string; name: string } | null
  question: string
  themes: ThemeJudgement[]
}

function shortName(theme: string): string {
  return theme
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/:.*$/, '')
    .trim()
}

/** The supplier the themes say the dependence is on ("dependence on China" -> China), if they say. */
function dependenceOn(themes: readonly string[]): string | null {
  for (const theme of themes) {
    const m = /dependen\w* on ([A-Z][\w-]*(?: [A-Z][\w-]*)*)/.exec(theme)
    if (m) return m[1]!
  }
  return null
}

export function datasetQuestion(board: AssessmentBoard | null): DatasetQuestion {
  const country = board?.countries[0] ?? null
  const live = (board?.themes ?? []).filter((t) => !t.retired)
  const themes = live.map((t) => {
    const cell = board?.cells.find((c) => c.themeId === t.id && c.countryId === country?.id)
    return { theme: t.name, short: shortName(t.name), severity: cell?.severity ?? null, assessmentId: cell?.assessmentId ?? null }
  })
  if (!country) {
    return {
      country: null,
      question: 'Which rare-earth supply chains does this dataset follow, and where are the gaps? No gap assessments yet: start one on the board.',
      themes
    }
  }
  const supplier = dependenceOn(live.map((t) => t.name))
  const question = supplier
    ? `How far does ${country.name} depend on ${supplier} for rare earths, from mine and separation to metal, magnets and recycling, and which gaps matter most?`
    : `How exposed is ${country.name}'s rare-earth supply chain, from mine and separation to metal, magnets and recycling, and which gaps matter most?`
  return { country, question, themes }
}
