-- 0009_scenario_brief: briefs may use the scenario template. SQLite cannot change a CHECK constraint in place, so
-- brief is rebuilt with the same columns, rows and ids; brief_export, which references it, is rebuilt first so that
-- dropping the old table cascades to nothing. Renaming a table updates the references of other tables to it.

CREATE TABLE brief_v9 (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL CHECK (template IN ('country', 'gaps', 'appendix', 'scenario')),
  country_id INTEGER REFERENCES country(id) ON DELETE SET NULL,
  author TEXT NOT NULL DEFAULT '',
  classification TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  paper TEXT NOT NULL DEFAULT 'A4' CHECK (paper IN ('A4', 'Letter')),
  config TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(config)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO brief_v9 (id, title, template, country_id, author, classification, date, paper, config, created_at, updated_at, version)
  SELECT id, title, template, country_id, author, classification, date, paper, config, created_at, updated_at, version FROM brief;

CREATE TABLE brief_export_v9 (
  id INTEGER PRIMARY KEY,
  brief_id INTEGER REFERENCES brief_v9(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  dataset_hash TEXT NOT NULL,
  bytes INTEGER NOT NULL DEFAULT 0
);
INSERT INTO brief_export_v9 (id, brief_id, at, file_name, format, dataset_hash, bytes)
  SELECT id, brief_id, at, file_name, format, dataset_hash, bytes FROM brief_export;

DROP TABLE brief_export;
DROP TABLE brief;
ALTER TABLE brief_v9 RENAME TO brief;
ALTER TABLE brief_export_v9 RENAME TO brief_export;
CREATE INDEX brief_export_brief ON brief_export(brief_id, at);
