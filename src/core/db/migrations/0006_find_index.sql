-- 0006_find_index: a trigram full-text index for Find (Ctrl+F) in the trade flow table, so a word is looked up
-- instead of read from every row. Contentless (the text stays in trade_flow only); triggers keep it current in the
-- same transaction as each insert, edit and delete. An existing dataset with rows is indexed afterwards in the
-- background, a slice per turn (core/grid/findIndex.ts): rows with an id above built_upto are not indexed yet, and
-- Find reads the table itself until built_upto is the largest integer. Reference labels are not copied in: Find
-- matches them through the referenced table and an index on each reference column (the two added here), so
-- renaming a country touches no index row.
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

CREATE TRIGGER find_trade_flow_insert AFTER INSERT ON trade_flow
  WHEN new.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
BEGIN
  INSERT INTO find_trade_flow (rowid, year, hs_code, flow, quantity, value_usd, value_basis, note)
    VALUES (new.id, new.year, new.hs_code, new.flow, new.quantity, new.value_usd, new.value_basis, new.note);
END;

CREATE TRIGGER find_trade_flow_update AFTER UPDATE OF id, year, hs_code, flow, quantity, value_usd, value_basis, note ON trade_flow
  WHEN old.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
    OR new.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
BEGIN
  DELETE FROM find_trade_flow WHERE rowid = old.id AND old.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow');
  INSERT INTO find_trade_flow (rowid, year, hs_code, flow, quantity, value_usd, value_basis, note)
    SELECT new.id, new.year, new.hs_code, new.flow, new.quantity, new.value_usd, new.value_basis, new.note
    WHERE new.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow');
END;

CREATE TRIGGER find_trade_flow_delete AFTER DELETE ON trade_flow
  WHEN old.id <= (SELECT built_upto FROM find_index WHERE table_name = 'trade_flow')
BEGIN
  DELETE FROM find_trade_flow WHERE rowid = old.id;
END;
