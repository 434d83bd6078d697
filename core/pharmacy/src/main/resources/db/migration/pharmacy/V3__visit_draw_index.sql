-- Billing reads the draws of one visit when the visit is signed.
CREATE INDEX entry_visit_idx ON register_entry (visit_ref, id) WHERE visit_ref IS NOT NULL;
