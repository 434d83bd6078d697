-- The patient's share of a remittance in its parts (CARC group PR): deductible (PR-1), coinsurance (PR-2), copay (PR-3).
-- NULL on remittances posted before the parts were recorded (their share was one amount).
ALTER TABLE claim ADD COLUMN deductible numeric(12, 2) CHECK (deductible >= 0),
                  ADD COLUMN coinsurance numeric(12, 2) CHECK (coinsurance >= 0),
                  ADD COLUMN copay numeric(12, 2) CHECK (copay >= 0);
