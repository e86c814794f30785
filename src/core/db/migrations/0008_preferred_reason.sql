-- 0008_preferred_reason: why a figure is the preferred one of its group ("Newest official edition first: ...", or
-- the analyst's own words). Shipped with the starter's conflict groups; NULL where no reason was given.
ALTER TABLE observation ADD COLUMN preferred_reason TEXT;
