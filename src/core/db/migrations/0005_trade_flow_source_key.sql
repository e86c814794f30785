-- 0005_trade_flow_source_key: a trade flow's natural key includes its source. The same flow (reporter, partner,
-- year, HS code, direction) reported by two sources (UN Comtrade and OEC) is two rows, each with its own values,
-- so an import of one source never overwrites the other's figures.
DROP INDEX trade_flow_natural_key;
CREATE UNIQUE INDEX trade_flow_natural_key ON trade_flow(reporter_id, partner_id, year, hs_code, flow, source_id);
