-- Clinical notes: drafts are revised, signed notes are locked, amendments void the earlier version.
CREATE TABLE clinical_note (
    id               uuid PRIMARY KEY,
    patient_id       uuid         NOT NULL REFERENCES patient (id),
    version          bigint       NOT NULL,
    kind             varchar(20)  NOT NULL CHECK (kind IN ('PROGRESS', 'INTAKE', 'PSYCHOTHERAPY')),
    text             text         NOT NULL CHECK (length(text) <= 20000),
    author           varchar(100) NOT NULL,
    status           varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'SIGNED', 'AMENDED')),
    signed_at        timestamptz,
    amends           uuid REFERENCES clinical_note (id),
    amendment_reason varchar(500),
    voided_at        timestamptz,
    voided_by        varchar(100),
    created_at       timestamptz  NOT NULL,
    created_by       varchar(100) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(100) NOT NULL,
    CONSTRAINT clinical_note_signed_ck CHECK (status = 'DRAFT' OR signed_at IS NOT NULL)
);
CREATE INDEX clinical_note_patient_idx ON clinical_note (patient_id, created_at);

-- Once signed, the text never changes and no note is deleted; only the status may move on to AMENDED.
CREATE FUNCTION refuse_signed_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'clinical notes are never deleted';
    END IF;
    IF OLD.status <> 'DRAFT' AND (NEW.text IS DISTINCT FROM OLD.text OR NEW.kind IS DISTINCT FROM OLD.kind
            OR NEW.author IS DISTINCT FROM OLD.author OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
            OR (OLD.status = 'AMENDED' AND NEW.status <> 'AMENDED')) THEN
        RAISE EXCEPTION 'a signed clinical note is locked; amend it instead';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER clinical_note_locked BEFORE UPDATE OR DELETE ON clinical_note
    FOR EACH ROW EXECUTE FUNCTION refuse_signed_note_change();
