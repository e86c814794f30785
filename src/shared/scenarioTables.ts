// Registry entries for the scenario tables (migration 0005): the cited scenario figures, the inputs no source
// supplied, scenarios and their assumptions. Plain data typed structurally (schema.ts checks them when it lists
// them), so this file imports nothing and schema.ts stays the one registry.

const id = { name: 'id', label: 'ID', type: 'integer', readOnly: true, width: 80, hidden: true } as const
const version = { name: 'version', label: 'Version', type: 'integer', readOnly: true, hidden: true } as const

export const SCENARIO_TABLE_NAMES = ['scenario_input', 'scenario_gap', 'scenario', 'scenario_assumption'] as const

export const SCENARIO_TABLES = [
  {
    name: 'scenario_input',
    label: 'Scenario figures',
    singular: 'scenario figure',
    group: 'data',
    labelColumn: 'code',
    description: 'One cited figure for the supply-coverage scenarios; a cell that printed several figures is one row per part.',
    columns: [
      id,
      {
        name: 'code',
        label: 'Figure',
        type: 'text',
        required: true,
        width: 90,
        description: 'S-number; a part of a several-figure cell is S056.1, S056.2, ...'
      },
      { name: 'row_code', label: 'Row', type: 'text', required: true, width: 80, hidden: true },
      { name: 'part', label: 'Part', type: 'text', width: 130, description: 'Which figure of a several-figure cell this row is.' },
      { name: 'parameter', label: 'Parameter', type: 'text', required: true, width: 200 },
      { name: 'stage', label: 'Stage', type: 'text', required: true, width: 100 },
      { name: 'subject', label: 'Element or product', type: 'text', required: true, width: 240 },
      { name: 'region', label: 'Country or region', type: 'text', required: true, width: 160 },
      { name: 'period', label: 'Period', type: 'text', required: true, width: 120 },
      { name: 'value', label: 'Value', type: 'number', width: 100, description: 'Empty for a range (see Low and High) or NA.' },
      { name: 'value_low', label: 'Low', type: 'number', width: 80 },
      { name: 'value_high', label: 'High', type: 'number', width: 80 },
      { name: 'value_text', label: 'As published', type: 'text', width: 160, description: 'The whole cell exactly as the source table printed it.' },
      { name: 'unit', label: 'Unit', type: 'text', required: true, width: 160 },
      { name: 'qualifier', label: 'Qualifier', type: 'text', width: 80 },
      { name: 'source_id', label: 'Source', type: 'ref', ref: 'source', width: 170 },
      { name: 'locator', label: 'Locator', type: 'text', width: 150 },
      { name: 'confidence', label: 'Confidence', type: 'text', width: 100 },
      { name: 'note', label: 'Note', type: 'longtext', width: 260 },
      { name: 'starter_ref', label: 'Starter rows', type: 'text', width: 120 },
      version
    ]
  },
  {
    name: 'scenario_gap',
    label: 'Scenario gaps',
    singular: 'scenario gap',
    group: 'reference',
    labelColumn: 'parameter',
    description: 'An input the scenario model needs that no source supplied: it can only be a labelled assumption.',
    columns: [
      id,
      { name: 'parameter', label: 'Parameter', type: 'text', required: true, width: 220 },
      { name: 'searched', label: 'What was searched', type: 'longtext', width: 260 },
      { name: 'why', label: 'Why it matters', type: 'longtext', width: 260 },
      { name: 'suggestion', label: 'Suggested range', type: 'longtext', width: 260 },
      version
    ]
  },
  {
    name: 'scenario',
    // Not "Scenarios": that is the analysis view's name in the navigation, beside this table's.
    label: 'Scenario definitions',
    singular: 'scenario',
    group: 'analysis',
    labelColumn: 'name',
    autoCode: { column: 'code', prefix: 'SC', digits: 3 },
    description: 'A supply-coverage scenario: a name, a span of years and the scenario it copies (its assumptions override that one).',
    columns: [
      id,
      { name: 'code', label: 'Code', type: 'text', width: 80 },
      { name: 'name', label: 'Name', type: 'text', required: true, width: 260 },
      { name: 'description', label: 'Description', type: 'longtext', width: 320 },
      { name: 'base_id', label: 'Copy of', type: 'ref', ref: 'scenario', width: 200 },
      { name: 'first_year', label: 'First year', type: 'year', min: 2000, max: 2100, required: true, width: 90 },
      { name: 'last_year', label: 'Last year', type: 'year', min: 2000, max: 2100, required: true, width: 90 },
      version
    ]
  },
  {
    name: 'scenario_assumption',
    label: 'Scenario assumptions',
    singular: 'scenario assumption',
    group: 'analysis',
    labelColumn: 'key',
    description: 'One input of a scenario: a cited figure (its code) or an analyst value with a note.',
    columns: [
      id,
      { name: 'scenario_id', label: 'Scenario', type: 'ref', ref: 'scenario', required: true, width: 220 },
      { name: 'key', label: 'Input', type: 'text', required: true, width: 220 },
      {
        name: 'value',
        label: 'Value',
        type: 'number',
        width: 100,
        description: "An analyst assumption's value; empty when the row cites a figure (the figure's value is used)."
      },
      { name: 'unit', label: 'Unit', type: 'text', required: true, width: 120 },
      {
        name: 'figure',
        label: 'Cited figure',
        type: 'text',
        width: 100,
        description: 'S- or F-code of the figure this value comes from; empty for an analyst assumption.'
      },
      { name: 'pick', label: 'Pick', type: 'text', width: 80, description: 'For a range or a several-figure cell: low, high or mid.' },
      { name: 'note', label: 'Note', type: 'longtext', width: 300, description: "The analyst's reason; required for an assumption." },
      version
    ]
  }
] as const
