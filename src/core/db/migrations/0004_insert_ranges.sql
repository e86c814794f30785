-- 0004_insert_ranges: a bulk import logs its new rows as one change_log entry, op 'insert_range' (row_id = the
-- first id, after = {"last": id}), instead of a JSON copy of each row. This partial index finds the range that
-- holds a row (its history: which import added it) without scanning the table's per-row entries.
CREATE INDEX change_log_insert_range ON change_log(table_name, row_id) WHERE op = 'insert_range';
