-- Administrators may change an appointment type's label, length and recovery buffer; concurrent edits are refused.
ALTER TABLE appointment_type ADD COLUMN version bigint NOT NULL DEFAULT 0;
