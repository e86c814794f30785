// How the file is read, shown and changeable: encoding (detected), delimiter, decimal mark, sheet, header row;
// the mapping by name (MappingChooser); plus loading and saving a mapping file (the JSON `lodestone import --mapping` reads).
import { useRef, type ReactElement } from 'react'
import { DELIMITERS, ENCODINGS, IMPORT_TABLES, type FileLayout, type ImportPreview, type ImportTable, type Mapping } from '../../../shared/dataFiles'
import { mappingFile } from '../../../shared/mappingFile'
import { tableDef } from '../../../shared/schema'
import type { ReadChoice } from './useImport'
import { download } from './upload'
import { MappingChooser } from './MappingChooser'

interface Props {
  fileName: string
  layout: FileLayout | null
  preview: ImportPreview | null
  table: ImportTable
  read: ReadChoice
  mapping: Mapping | null
  onTable(table: ImportTable): void
  onRead(read: ReadChoice, keepMapping?: boolean): void
  onLoad(mapping: Mapping, read: ReadChoice): void
  onError(message: string): void
  onClose(): void
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Pipe' }
const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252' }

/** A mapping file as `lodestone import --mapping` reads it (docs/mapping.md), or a bare mapping. */
function parseMappingFile(text: string): { mapping: Mapping; read: ReadChoice } {
  const value = JSON.parse(text) as unknown
  const wrapped = value !== null && typeof value === 'object' && 'mapping' in value
  const parsed = mappingFile.safeParse(wrapped ? value : { mapping: value })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`That file is not a Lodestone mapping (${issue?.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unknown layout'}).`)
  }
  return { mapping: parsed.data.mapping, read: parsed.data.read ?? {} }
}

export function ReadBar({ fileName, layout, preview, table, read, mapping, onTable, onRead, onLoad, onError, onClose }: Props): ReactElement {
  const input = useRef<HTMLInputElement>(null)
  const auto = (detected: string | null | undefined, names: Record<string, string>): string => (detected ? `Auto (${names[detected] ?? detected})` : 'Auto')
  const load = async (file: File): Promise<void> => {
    try {
      const { mapping: m, read: r } = parseMappingFile(await file.text())
      onLoad(m, r)
    } catch (e) {
      onError(`${file.name}: ${(e as Error).message}`)
    }
  }
  return (
    <div className="import-readbar">
      <div className="import-file">
        <strong data-testid="import-file-name">{fileName}</strong>
        <span className="chip">{layout?.format.toUpperCase() ?? '…'}</span>
        <button type="button" className="link-button" onClick={onClose}>
          Choose another file
        </button>
      </div>
      <label className="import-field">
        <span>Into</span>
        <select value={table} onChange={(e) => onTable(e.target.value as ImportTable)} data-testid="import-table">
          {IMPORT_TABLES.map((t) => (
            <option key={t} value={t}>
              {tableDef(t).label}
            </option>
          ))}
        </select>
      </label>
      {layout?.format !== 'xlsx' ? (
        <label className="import-field">
          <span>Encoding</span>
          <select
            value={read.encoding ?? 'auto'}
            onChange={(e) => onRead({ ...read, encoding: e.target.value as ReadChoice['encoding'] }, true)}
            data-testid="read-encoding"
          >
            <option value="auto">{auto(layout?.encoding, ENCODING_NAMES)}</option>
            {ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {ENCODING_NAMES[e]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {layout?.format === 'csv' ? (
        <>
          <label className="import-field">
            <span>Delimiter</span>
            <select
              value={read.delimiter ?? 'auto'}
              onChange={(e) => onRead({ ...read, delimiter: e.target.value as ReadChoice['delimiter'] })}
              data-testid="read-delimiter"
            >
              <option value="auto">{auto(layout.delimiter, DELIMITER_NAMES)}</option>
              {DELIMITERS.map((d) => (
                <option key={d} value={d}>
                  {DELIMITER_NAMES[d]}
                </option>
              ))}
            </select>
          </label>
          <label className="import-field">
            <span>Decimal mark</span>
            <select value={read.decimal ?? 'auto'} onChange={(e) => onRead({ ...read, decimal: e.target.value as ReadChoice['decimal'] }, true)}>
              <option value="auto">Auto ({layout.decimal === ',' ? 'comma' : 'point'})</option>
              <option value=".">Point (1,234.5)</option>
              <option value=",">Comma (1.234,5)</option>
            </select>
          </label>
        </>
      ) : null}
      {layout?.format === 'xlsx' ? (
        <label className="import-field">
          <span>Sheet</span>
          <select
            value={read.sheet ?? layout.sheet ?? ''}
            onChange={(e) => onRead({ ...read, sheet: e.target.value, headerRow: undefined, lastRow: undefined })}
            data-testid="read-sheet"
          >
            {layout.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {layout && layout.format !== 'json' ? (
        <label className="import-field import-narrow">
          <span>Header row</span>
          <input
            type="number"
            min={1}
            value={read.headerRow ?? layout.headerRow}
            onChange={(e) => onRead({ ...read, headerRow: Math.max(1, Number(e.target.value) || 1) })}
            data-testid="read-header-row"
          />
        </label>
      ) : null}
      <MappingChooser preview={preview} mapping={mapping} onLoad={onLoad} />
      <div className="import-readbar-actions">
        <button type="button" className="btn btn-small" onClick={() => input.current?.click()} data-testid="load-mapping">
          Load mapping…
        </button>
        <button
          type="button"
          className="btn btn-small btn-quiet"
          disabled={!mapping}
          onClick={() =>
            mapping && download(`${fileName.replace(/\.[^.]+$/, '')}.mapping.json`, `${JSON.stringify({ read, mapping }, null, 2)}\n`, 'application/json')
          }
        >
          Save mapping
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json"
          data-testid="mapping-input"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void load(file)
          }}
        />
      </div>
    </div>
  )
}
