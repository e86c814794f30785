-- 0006_find_index: a trigram full-text index for Find (Ctrl+F) in the trade flow table, so a word is looked up
-- instead of read from every row. Contentless (the text stays in trade_flow only); triggers note each inserted,
-- edited and deleted row in the same transaction as the change (find_trade_flow_dirty, below). An existing dataset
-- with rows is indexed afterwards in the background, a slice per turn (core/grid/findIndex.ts): rows with an id
-- above built_upto are not indexed yet (built_upto is the largest integer once all are). Reference labels are not
-- copied in: Find matches them through the referenced table and an index on each reference column (the two added
-- here), so renaming a country touches no index row.
CREATE INDEX trade_flow_source ON trade_flow(source_id);
CREATE INDEX trade_flow_unit ON trade_flow(quantity_unit_id);

CREATE VIRTUAL TABLE find_trade_flow USING fts5(
  year, hs_code, flow, quantity, value_usd, value_basis, note,
  tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1
);

CREATE TABLE find_index (
  table_name TEXT PRIMARY KEY,
  built_upto INTEGER NOT NULL
);
INSERT INTO find_index (table_name, built_upto)
  SELECT 'trade_flow', CASE WHEN EXISTS (SELECT 1 FROM trade_flow) THEN -1 ELSE 9223372036854775807 END;

-- Rows changed since they were indexed (inserted, edited or deleted), written by the triggers in the change's own
-- transaction: Find checks these rows against the table itself and leaves out what the index says of them, so its
-- answer is current at once; the background step re-indexes them (a write of a few rows stays a few row writes).
CREATE TABLE find_trade_flow_dirty (id INTEGER PRIMARY KEY);

CREATE TRIGGER find_trade_flow_insert AFTER INSERT ON trade_flow
  WHEN new.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
BEGIN
  INSERT OR IGNORE INTO find_trade_flow_dirty (id) VALUES (new.id);
END;

CREATE TRIGGER find_trade_flow_update AFTER UPDATE OF id, year, hs_code, flow, quantity, value_usd, value_basis, note ON trade_flow
BEGIN
  INSERT OR IGNORE INTO find_trade_flow_dirty (id)
    SELECT old.id WHERE old.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
    UNION SELECT new.id WHERE new.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow');
END;

CREATE TRIGGER find_trade_flow_delete AFTER DELETE ON trade_flow
  WHEN old.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
BEGIN
  INSERT OR IGNORE INTO find_trade_flow_dirty (id) VALUES (old.id);
END;
