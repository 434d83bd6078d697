-- Losses and disposals are read newest first for DEA Forms 106 and 41: by an index rather than by reading every entry.
CREATE INDEX entry_removal_idx ON register_entry (id DESC) WHERE kind IN ('LOSS', 'DISPOSAL');
