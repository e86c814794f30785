// Which source a file's figures come from. An import never creates figures without a source: until the mapping gives
// one (a column, or one value for every row) the wizard asks for it here, before any row counts as importable, and
// proposes the publisher's source when it knows the file (USGS MCS and Minerals Yearbook releases, UN Comtrade).
import { useState, type ReactElement } from 'react'
import { mappingLacksSource, type ImportTable, type Mapping } from '../../../shared/dataFiles'

/** True when rows of this table would be written with no source (the rule the engine enforces on import.start). */
export function needsSource(table: ImportTable, mapping: Mapping | null): boolean {
  return mapping !== null && mappingLacksSource({ table, fields: mapping.fields })
}

/** The publisher's source for a file Lodestone recognises by name, or null. */
export function proposedSource(fileName: string, comtrade: boolean): { code: string; why: string } | null {
  const mcs = /mcs[\s_-]*(20\d\d)/i.exec(fileName)
  if (mcs) return { code: `USGS-MCS${mcs[1]}-DR`, why: `the USGS Mineral Commodity Summaries ${mcs[1]} data release` }
  const myb = /myb[\s_-]*(20\d\d)/i.exec(fileName)
  if (myb) return { code: `USGS-MYB${myb[1]}-TABLES`, why: `the USGS Minerals Yearbook ${myb[1]} tables` }
  if (comtrade) return { code: 'UNCOMTRADE-CHN-2846', why: 'UN Comtrade' }
  return null
}

interface Props {
  table: ImportTable
  fileName: string
  comtrade: boolean
  rows: number
  mapping: Mapping
  readOnly: boolean
  onChange(mapping: Mapping): void
}

export function FileSource({ table, fileName, comtrade, rows, mapping, readOnly, onChange }: Props): ReactElement {
  const proposal = proposedSource(fileName, comtrade)
  const [code, setCode] = useState('')
  const use = (value: string): void => {
    const v = value.trim()
    if (v) onChange({ ...mapping, fields: { ...mapping.fields, source_id: { constant: v } } })
  }
  const what = table === 'trade_flow' ? 'flow' : 'figure'
  return (
    <section className="import-file-source" role="alert" data-testid="file-source" aria-labelledby="file-source-title">
      <h2 id="file-source-title">Which source is {fileName}?</h2>
      <p>
        Every {what} needs a source, and this mapping gives none, so none of the {rows.toLocaleString('en-US')} rows can be imported yet. Name the source (its
        code in Sources, or a new title), or map the file&rsquo;s source column below.
      </p>
      <form
        className="import-file-source-form"
        onSubmit={(e) => {
          e.preventDefault()
          use(code)
        }}
      >
        {proposal ? (
          <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => use(proposal.code)} data-testid="file-source-proposed">
            Use {proposal.code} ({proposal.why})
          </button>
        ) : null}
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder="a source code, e.g. USGS-MCS2026-DR"
          aria-label={`Source of every ${what} in ${fileName}`}
          data-testid="file-source-input"
        />
        <button type="submit" className="btn" disabled={readOnly || !code.trim()} data-testid="file-source-use">
          Use this source
        </button>
      </form>
    </section>
  )
}
