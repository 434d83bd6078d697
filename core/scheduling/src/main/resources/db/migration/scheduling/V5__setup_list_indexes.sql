-- The administrator's provider and room lists are paged in these orders. Their find box matches anywhere in a name,
-- which no btree serves; these tables hold hundreds of rows (a few hundred kB), read in well under a millisecond.
CREATE INDEX provider_name_idx ON provider (display_name, id);
CREATE INDEX resource_kind_name_idx ON resource (kind, name, id);
