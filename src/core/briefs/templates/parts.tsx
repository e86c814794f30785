// Small pieces every brief template uses: a citation "[1, 3]", a cited figure "90% [1]", a ratio of two figures,
// and the analyst's free text (paragraphs, bullets, bold, figure references) rendered as React text, never as HTML.
import type { ReactNode } from 'react'
import { compactNumbers } from '../citations'
import { boundOf, computedPrecision, formatComputedPercent, ratioBound } from '../computed'
import { problem, useBrief, type RenderContext } from '../context'
import type { Figure } from '../data'
import { formatCell, formatValue } from '../format'
import { parseBlocks, type Inline } from '../text'

/** Cite sources by id (and by code for "other sources" lists); renders nothing when none resolve. */
export function Cite({ ids, codes }: { ids: readonly (number | null | undefined)[]; codes?: string | null }): ReactNode {
  const ctx = useBrief()
  const numbers = ids.map((id) => ctx.citations.cite(id))
  for (const code of (codes ?? '').split(/[;,]/)) numbers.push(ctx.citations.citeCode(code))
  const text = compactNumbers(numbers)
  return text ? <span className="cite">[{text}]</span> : null
}

export function noteShown(ctx: RenderContext, figure: Figure): void {
  ctx.shown.push({ figure, section: ctx.section })
  if (figure.sourceId === null)
    problem(ctx, {
      kind: 'uncited',
      level: 'warning',
      message: `Figure ${figure.code} (${figure.subject}, ${figure.period}) has no source, so it prints without a citation.`
    })
}

function useFigure(code: string): Figure | undefined {
  const ctx = useBrief()
  const figure = ctx.data.figures.get(code.toUpperCase())
  if (!figure)
    problem(ctx, { kind: 'missing', level: 'error', message: `The text refers to figure {${code}}, which is not in the dataset (deleted or mistyped).` })
  else noteShown(ctx, figure)
  return figure
}

export function FigureRef({ code, compact }: { code: string; compact?: boolean }): ReactNode {
  const figure = useFigure(code)
  if (!figure) return <span className="missing">[missing figure {code}]</span>
  return (
    <>
      <span className="fig">{compact ? formatCell(figure) : formatValue(figure)}</span> <Cite ids={[figure.sourceId]} />
    </>
  )
}

export function RatioRef({ a, b }: { a: string; b: string }): ReactNode {
  const ctx = useBrief()
  const top = useFigure(a)
  const bottom = useFigure(b)
  if (!top || !bottom) return <span className="missing">[missing figure {!top ? a : b}]</span>
  const sameKind = top.unitDimension === bottom.unitDimension && top.basis === bottom.basis
  if (!sameKind || top.value === null || !bottom.value || top.unitScale === null || bottom.unitScale === null) {
    problem(ctx, {
      kind: 'missing',
      level: 'error',
      message: `{${a}/${b}} divides figures with different units or bases (${top.unit}, ${top.basis} by ${bottom.unit}, ${bottom.basis}); Lodestone does not divide across them.`
    })
    return (
      <span className="missing">
        [no ratio {a}/{b}]
      </span>
    )
  }
  const ratio = (top.value * top.unitScale) / (bottom.value * bottom.unitScale)
  const bound = ratioBound(boundOf(top.qualifier), boundOf(bottom.qualifier))
  if (bound === null) {
    problem(ctx, {
      kind: 'missing',
      level: 'error',
      message: `{${a}/${b}} divides two bounds that pull opposite ways (${top.code} ${formatCell(top)}, ${bottom.code} ${formatCell(bottom)}), so the share could be anything; the brief prints no number for it.`
    })
    return (
      <span className="missing">
        [no share {a}/{b}: bounds pull both ways]
      </span>
    )
  }
  const digits = computedPrecision([
    { value: top.value, published: top.valueText },
    { value: bottom.value, published: bottom.valueText }
  ])
  return (
    <>
      <span className="fig computed">{formatComputedPercent(ratio, digits, bound)}</span> <Computed ids={[top.sourceId, bottom.sourceId]} />
    </>
  )
}

/** "(computed from [6], [7])": a number the brief worked out, never cited as if a source had published it. */
export function Computed({ ids }: { ids: readonly (number | null | undefined)[] }): ReactNode {
  const ctx = useBrief()
  const numbers = [...new Set(ids.map((id) => ctx.citations.cite(id)).filter((n): n is number => n !== null))].sort((x, y) => x - y)
  if (!numbers.length) return <span className="cite computed-from">(computed)</span>
  return <span className="cite computed-from">(computed from {numbers.map((n) => `[${n}]`).join(', ')})</span>
}

function InlineText({ pieces }: { pieces: Inline[] }): ReactNode {
  return pieces.map((p, i) => {
    if (p.kind === 'text') return p.text
    if (p.kind === 'figure') return p.codes.length === 2 ? <RatioRef key={i} a={p.codes[0]} b={p.codes[1]} /> : <FigureRef key={i} code={p.codes[0]} />
    const inner = <InlineText pieces={p.children} />
    return p.kind === 'bold' ? <strong key={i}>{inner}</strong> : <em key={i}>{inner}</em>
  })
}

export function RichText({ text, className }: { text: string; className?: string }): ReactNode {
  const blocks = parseBlocks(text)
  return (
    <div className={className}>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>
            <InlineText pieces={block.inline} />
          </p>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <InlineText pieces={item} />
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  )
}

export function SectionHeading({ children }: { children: ReactNode }): ReactNode {
  return <h2>{children}</h2>
}

/** The first sentence of a longer text, for one-line table cells: cut at a word, never mid-word.
 *  Semicolons end the sentence only when `atSemicolon` (status notes list events; descriptions need their clauses). */
export function firstSentence(text: string | null | undefined, max = 220, atSemicolon = false): string {
  if (!text) return ''
  const clean = text.replace(/\s+/g, ' ').trim()
  const end = atSemicolon ? /^(.+?)(?<!\b(?:e\.g|i\.e|c|approx|incl|No))([.;])(\s|$)/ : /^(.+?)(?<!\b(?:e\.g|i\.e|c|approx|incl|No))(\.)(\s|$)/
  const m = end.exec(clean)
  const sentence = m ? `${m[1]}${m[2] === '.' ? '.' : ''}` : clean
  if (sentence.length <= max) return sentence
  const cut = sentence.slice(0, max - 1)
  const at = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' '))
  return `${cut.slice(0, at > max * 0.6 ? at : cut.length).replace(/[\s,;:-]+$/, '')}\u2026`
}
