-- 0002_assessments: what gap assessments and indicators need beyond 0001. Shipped migrations are never edited.
-- Themes get a board order and a severity rubric (one text per level 1-5, empty = Lodestone's generic wording);
-- figures get the analyst's "preferred" mark for when sources disagree; assessments keep versions; computed
-- indicators cited as evidence are pinned (indicator id + parameters) so a link can point at them.

ALTER TABLE theme ADD COLUMN sort_order INTEGER;
ALTER TABLE theme ADD COLUMN rubric_1 TEXT;
ALTER TABLE theme ADD COLUMN rubric_2 TEXT;
ALTER TABLE theme ADD COLUMN rubric_3 TEXT;
ALTER TABLE theme ADD COLUMN rubric_4 TEXT;
ALTER TABLE theme ADD COLUMN rubric_5 TEXT;

-- 1 = the figure to use among figures for the same indicator, country, subject and year; NULL or 0 = not marked.
ALTER TABLE observation ADD COLUMN preferred INTEGER;
CREATE INDEX observation_conflict ON observation(indicator_id, country_id, year);

-- A version is recorded when an assessment is marked reviewed or published: the assessment and its evidence
-- as they were (JSON), with who, when and why. No foreign key on purpose: versions are a record and outlive a
-- deleted assessment (undoing the delete brings the assessment back to its history).
CREATE TABLE assessment_version (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL,
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT,
  batch_id INTEGER,
  snapshot TEXT NOT NULL,
  UNIQUE (assessment_id, number)
);
CREATE INDEX assessment_version_at ON assessment_version(at);

-- A computed indicator with fixed parameters, so evidence links can cite it (target_table 'computed_indicator').
-- Pins are values, never edited: the same indicator and parameters always map to the same pin.
CREATE TABLE computed_indicator (
  id INTEGER PRIMARY KEY,
  indicator TEXT NOT NULL,
  params TEXT NOT NULL,
  UNIQUE (indicator, params)
);

-- Trade-flow indicators read one reporter's flows for one HS code, per year and partner.
CREATE INDEX trade_flow_reporter_hs ON trade_flow(reporter_id, hs_code, flow, year);
