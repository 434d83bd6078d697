-- Demographics, contact, emergency contact and referral; deactivation instead of deletion.
-- Columns stay nullable so records registered before this version remain valid; the application
-- requires sex at birth and phone for every new registration.
ALTER TABLE patient
    ADD COLUMN preferred_name         varchar(100),
    ADD COLUMN sex_at_birth           varchar(10) CHECK (sex_at_birth IN ('FEMALE', 'MALE', 'UNKNOWN')),
    ADD COLUMN gender_identity        varchar(60),
    ADD COLUMN pronouns               varchar(40),
    ADD COLUMN phone                  char(10) CHECK (phone ~ '^[2-9][0-9]{2}[2-9][0-9]{6}$'),
    ADD COLUMN email                  varchar(254),
    ADD COLUMN contact_method         varchar(10) CHECK (contact_method IN ('PHONE', 'TEXT', 'EMAIL', 'MAIL')),
    ADD COLUMN address_line1          varchar(200),
    ADD COLUMN address_line2          varchar(200),
    ADD COLUMN city                   varchar(100),
    ADD COLUMN state                  char(2),
    ADD COLUMN zip                    varchar(10),
    ADD COLUMN emergency_name         varchar(100),
    ADD COLUMN emergency_relationship varchar(60),
    ADD COLUMN emergency_phone        char(10),
    ADD COLUMN referrer_name          varchar(100),
    ADD COLUMN referrer_npi           char(10),
    ADD COLUMN referrer_phone         char(10),
    ADD COLUMN deactivated_at         timestamptz,
    ADD COLUMN deactivation_reason    varchar(500),
    ADD CONSTRAINT patient_deactivation_ck CHECK (active OR (deactivated_at IS NOT NULL AND deactivation_reason IS NOT NULL));

-- Search by phone, and the duplicate check (same name and date of birth).
CREATE INDEX patient_phone_idx ON patient (phone) WHERE phone IS NOT NULL;
CREATE INDEX patient_name_birth_idx ON patient (search_family, birth_date);
