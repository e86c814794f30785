-- 0001_initial: the first Lodestone schema. Shipped migrations are never edited: add 0002_... instead.
-- Every user table has an integer id and a row version (bumped on each update, used to detect conflicting writers).
-- Polymorphic evidence links carry (target_table, target_id) without a foreign key: a deleted target is flagged, not dropped.

CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  publisher TEXT,
  published TEXT,
  url TEXT,
  source_type TEXT,
  reliability TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE country (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'country',
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE unit (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  dimension TEXT NOT NULL,
  scale REAL,
  basis TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE element (
  id INTEGER PRIMARY KEY,
  symbol TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  atomic_number INTEGER NOT NULL,
  class TEXT NOT NULL,
  classification_source TEXT,
  classification_note TEXT,
  uses TEXT,
  uses_sources TEXT,
  china_export_control_2025 TEXT,
  india_monazite_pct REAL,
  longnan_clay_pct REAL,
  bayan_obo_pct REAL,
  composition_source_id INTEGER REFERENCES source(id),
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE observation (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  country_id INTEGER NOT NULL REFERENCES country(id),
  scope TEXT,
  indicator_id INTEGER NOT NULL REFERENCES indicator(id),
  subject TEXT NOT NULL,
  period TEXT NOT NULL,
  period_kind TEXT,
  year INTEGER,
  value REAL,
  value_low REAL,
  value_high REAL,
  value_text TEXT,
  unit_id INTEGER NOT NULL REFERENCES unit(id),
  basis TEXT NOT NULL,
  qualifier TEXT,
  confidence TEXT,
  source_id INTEGER REFERENCES source(id),
  locator TEXT,
  note TEXT,
  key TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX observation_country ON observation(country_id);
CREATE INDEX observation_indicator ON observation(indicator_id, year);
CREATE INDEX observation_source ON observation(source_id);
CREATE INDEX observation_year ON observation(year);

CREATE TABLE trade_flow (
  id INTEGER PRIMARY KEY,
  reporter_id INTEGER NOT NULL REFERENCES country(id),
  partner_id INTEGER NOT NULL REFERENCES country(id),
  year INTEGER NOT NULL,
  hs_code TEXT NOT NULL,
  flow TEXT NOT NULL,
  quantity REAL,
  quantity_unit_id INTEGER REFERENCES unit(id),
  value_usd REAL,
  value_basis TEXT,
  estimated INTEGER NOT NULL DEFAULT 0,
  source_id INTEGER REFERENCES source(id),
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX trade_flow_natural_key ON trade_flow(reporter_id, partner_id, year, hs_code, flow);
CREATE INDEX trade_flow_year ON trade_flow(year);
CREATE INDEX trade_flow_partner ON trade_flow(partner_id);
CREATE INDEX trade_flow_hs ON trade_flow(hs_code);
CREATE INDEX trade_flow_quantity ON trade_flow(quantity);
CREATE INDEX trade_flow_value ON trade_flow(value_usd);

CREATE TABLE facility (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  country_id INTEGER NOT NULL REFERENCES country(id),
  stage TEXT NOT NULL,
  status TEXT NOT NULL,
  status_note TEXT,
  capacity REAL,
  capacity_unit_id INTEGER REFERENCES unit(id),
  capacity_basis TEXT,
  capacity_note TEXT,
  year TEXT,
  source_id INTEGER REFERENCES source(id),
  other_sources TEXT,
  related_figures TEXT,
  description TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE initiative (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  pillar TEXT,
  country_id INTEGER NOT NULL REFERENCES country(id),
  partners TEXT,
  status TEXT NOT NULL,
  status_note TEXT,
  amount REAL,
  amount_unit_id INTEGER REFERENCES unit(id),
  amount_note TEXT,
  year TEXT,
  source_id INTEGER REFERENCES source(id),
  other_sources TEXT,
  related_figures TEXT,
  description TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organisation (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  kind TEXT,
  country_id INTEGER NOT NULL REFERENCES country(id),
  status_note TEXT,
  capacity REAL,
  capacity_unit_id INTEGER REFERENCES unit(id),
  capacity_note TEXT,
  year TEXT,
  source_id INTEGER REFERENCES source(id),
  other_sources TEXT,
  related_figures TEXT,
  description TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE hs_code (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  level TEXT,
  jurisdiction TEXT,
  description TEXT,
  analyst_use TEXT,
  caveats TEXT,
  source_id INTEGER REFERENCES source(id),
  other_sources TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE theme (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  summary TEXT,
  notes TEXT,
  evidence_codes TEXT,
  retired INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  country_id INTEGER NOT NULL REFERENCES country(id),
  theme_id INTEGER NOT NULL REFERENCES theme(id),
  severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 5),
  confidence TEXT,
  trend TEXT,
  status TEXT NOT NULL DEFAULT 'draft',
  as_of TEXT,
  author TEXT,
  summary TEXT,
  rationale TEXT,
  recommendations TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX assessment_theme ON assessment(country_id, theme_id);

CREATE TABLE assessment_evidence (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
  target_table TEXT NOT NULL,
  target_id INTEGER NOT NULL,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (assessment_id, target_table, target_id)
);
CREATE INDEX assessment_evidence_target ON assessment_evidence(target_table, target_id);

-- The change log: one batch per user action (an edit, a paste, an undo), one entry per row touched.
-- It is undo/redo, the audit trail and the record of how judgements changed.
CREATE TABLE edit_batch (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  label TEXT NOT NULL,
  origin TEXT NOT NULL,
  undone INTEGER NOT NULL DEFAULT 0,
  reverts INTEGER REFERENCES edit_batch(id)
);
-- Undone batches are few; this keeps "drop the redo stack" (run on every edit) from scanning the whole log.
CREATE INDEX edit_batch_redoable ON edit_batch(undone) WHERE undone = 1;
CREATE TABLE change_log (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES edit_batch(id),
  seq INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  op TEXT NOT NULL,
  before TEXT,
  after TEXT
);
CREATE INDEX change_log_batch ON change_log(batch_id, seq);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT
);
