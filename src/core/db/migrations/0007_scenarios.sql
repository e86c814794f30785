-- 0007_scenarios: supply-coverage scenarios. Shipped migrations are never edited: add a new file instead.
-- scenario_input holds the cited scenario figures (resources/scenarios/inputs.csv), one row per figure: a cell that
-- printed several figures ("Lynas 3261; MP 232") becomes one row per part, each keeping the row's source and note.
-- scenario_gap holds the inputs no source supplied (not_found.csv): the model shows them as labelled assumptions.
-- A scenario is a name, a span of years and, for a copy, the scenario it overrides; its assumptions are rows
-- that either cite a figure (S-code of scenario_input or F-code of observation) or carry a value with a note.

CREATE TABLE scenario_input (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  row_code TEXT NOT NULL,
  part TEXT,
  parameter TEXT NOT NULL,
  stage TEXT NOT NULL,
  subject TEXT NOT NULL,
  region TEXT NOT NULL,
  period TEXT NOT NULL,
  value REAL,
  value_low REAL,
  value_high REAL,
  value_text TEXT,
  unit TEXT NOT NULL,
  qualifier TEXT,
  source_id INTEGER REFERENCES source(id),
  locator TEXT,
  confidence TEXT,
  note TEXT,
  starter_ref TEXT,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX scenario_input_parameter ON scenario_input(parameter);
CREATE INDEX scenario_input_row ON scenario_input(row_code);

CREATE TABLE scenario_gap (
  id INTEGER PRIMARY KEY,
  parameter TEXT NOT NULL UNIQUE,
  searched TEXT,
  why TEXT,
  suggestion TEXT,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE scenario (
  id INTEGER PRIMARY KEY,
  code TEXT UNIQUE,
  name TEXT NOT NULL,
  description TEXT,
  base_id INTEGER REFERENCES scenario(id),
  first_year INTEGER NOT NULL DEFAULT 2025,
  last_year INTEGER NOT NULL DEFAULT 2040,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE scenario_assumption (
  id INTEGER PRIMARY KEY,
  scenario_id INTEGER NOT NULL REFERENCES scenario(id),
  key TEXT NOT NULL,
  value REAL,
  unit TEXT NOT NULL,
  figure TEXT,
  pick TEXT,
  note TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (scenario_id, key)
);
CREATE INDEX scenario_assumption_scenario ON scenario_assumption(scenario_id);
