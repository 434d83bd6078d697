-- Destruction of expired stock is witnessed by two people besides the one who records it (DOMAIN.md §4).
ALTER TABLE register_entry ADD COLUMN second_witness varchar(100);
ALTER TABLE register_entry ADD CONSTRAINT entry_disposal_two_witnesses
    CHECK (kind <> 'DISPOSAL' OR (witness IS NOT NULL AND second_witness IS NOT NULL AND witness <> second_witness
                                  AND witness <> by_user AND second_witness <> by_user));
