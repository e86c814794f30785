// Which mapping the wizard uses, by name: the recognised layout or shipped mapping Lodestone chose for the file (or
// the headers' suggestion), and the shipped mappings for this table to switch to, each saying whether it fits the
// file. Choosing one loads it with its read options; it stays editable below.
import type { ReactElement } from 'react'
import type { ImportPreview, Mapping, ReadOptions, SavedMapping } from '../../../shared/dataFiles'

interface Props {
  preview: ImportPreview | null
  mapping: Mapping | null
  onLoad(mapping: Mapping, read: Partial<ReadOptions>): void
}

/** "Recognised: USGS MCS world data, 2025 release", "Shipped mapping: …", "Suggested from the headers", … */
export function originLabel(preview: ImportPreview | null, mapping: Mapping | null): string {
  const origin = preview?.origin
  if (!origin) return '…'
  if (origin.kind === 'recognised') return `Recognised: ${origin.name}`
  if (origin.kind === 'saved') return `Shipped mapping: ${origin.name}`
  if (origin.kind === 'suggested') return 'Suggested from the headers'
  return mapping?.layout ? `Based on ${mapping.layout}` : 'Your mapping'
}

function optionLabel(s: SavedMapping): string {
  return `${s.name}${s.matches ? '' : ' (does not fit this file)'}`
}

export function MappingChooser({ preview, mapping, onLoad }: Props): ReactElement {
  const table = mapping?.table ?? preview?.mapping.table
  const saved = (preview?.savedMappings ?? []).filter((s) => s.table === table)
  const current = preview?.origin?.kind === 'saved' ? `saved:${preview.origin.name}` : 'current'
  return (
    <label className="import-field import-mapping-choice">
      <span>Mapping</span>
      <select
        value={current}
        data-testid="mapping-choice"
        title={saved.find((s) => `saved:${s.name}` === current)?.description ?? undefined}
        onChange={(e) => {
          const chosen = saved.find((s) => `saved:${s.name}` === e.target.value)
          if (chosen) onLoad(chosen.mapping, chosen.read)
        }}
      >
        {current === 'current' ? <option value="current">{originLabel(preview, mapping)}</option> : null}
        {saved.length ? (
          <optgroup label="Shipped mappings">
            {saved.map((s) => (
              <option key={s.name} value={`saved:${s.name}`} title={s.description ?? undefined}>
                {current === `saved:${s.name}` ? originLabel(preview, mapping) : optionLabel(s)}
              </option>
            ))}
          </optgroup>
        ) : null}
      </select>
    </label>
  )
}
