-- Consents on file with their scans; a consent is revoked, never deleted.
CREATE TABLE consent (
    id                uuid PRIMARY KEY,
    patient_id        uuid         NOT NULL REFERENCES patient (id),
    version           bigint       NOT NULL,
    type              varchar(30)  NOT NULL CHECK (type IN ('KETAMINE_INFORMED', 'TREATMENT', 'PRIVACY_ACKNOWLEDGEMENT')),
    signed_on         date         NOT NULL,
    signer            varchar(100) NOT NULL,
    file_name         varchar(200) NOT NULL,
    content_type      varchar(40)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes        integer      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    revoked_on        date,
    revocation_reason varchar(500),
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    CONSTRAINT consent_revocation_ck CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL))
);
CREATE INDEX consent_patient_idx ON consent (patient_id, type);

CREATE TABLE consent_document (
    consent_id uuid PRIMARY KEY REFERENCES consent (id),
    bytes      bytea NOT NULL
);
CREATE TRIGGER consent_document_append_only BEFORE UPDATE OR DELETE ON consent_document
    FOR EACH ROW EXECUTE FUNCTION refuse_clinical_change();
