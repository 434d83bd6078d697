-- Secondary claims: after the primary payer's remittance, the patient's share goes to the secondary payer first.
-- A secondary claim points at the primary claim (its COB data: payer, paid amount, adjustments) and is asked to
-- consider only what the primary left (cob_amount).
ALTER TABLE claim ADD COLUMN primary_claim uuid REFERENCES claim (id), ADD COLUMN cob_amount numeric(12, 2);
CREATE INDEX claim_primary_idx ON claim (primary_claim) WHERE primary_claim IS NOT NULL;
