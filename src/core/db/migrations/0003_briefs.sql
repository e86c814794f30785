-- 0003_briefs: saved briefs and the log of their exports. Shipped migrations are never edited: add a new file instead.
-- A brief is a configuration (template, country, sections, chosen rows, editable text as JSON); the engine renders
-- it from the dataset at export time. Each export records when, the file name, the format and the dataset's hash.

CREATE TABLE brief (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL CHECK (template IN ('country', 'gaps', 'appendix')),
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

CREATE TABLE brief_export (
  id INTEGER PRIMARY KEY,
  brief_id INTEGER REFERENCES brief(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  dataset_hash TEXT NOT NULL,
  bytes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX brief_export_brief ON brief_export(brief_id, at);
