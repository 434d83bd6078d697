-- PT and counseling visits. Psychotherapy notes are not here: they live in the chart's notes, author-only.
CREATE TABLE therapy_visit (
    id                     uuid PRIMARY KEY,
    version                bigint        NOT NULL,
    kind                   varchar(10)   NOT NULL CHECK (kind IN ('PT', 'COUNSELING')),
    appointment_id         uuid          NOT NULL UNIQUE,
    plan_id                uuid REFERENCES treatment_plan (id),
    patient_id             uuid          NOT NULL,
    clinician              varchar(100)  NOT NULL,
    visit_date             date          NOT NULL,
    nrs_before             integer CHECK (nrs_before BETWEEN 0 AND 10),
    nrs_after              integer CHECK (nrs_after BETWEEN 0 AND 10),
    subjective             varchar(4000),
    objective              varchar(4000),
    assessment             varchar(4000),
    plan_text              varchar(4000),
    goal_progress          varchar(2000),
    evaluation_code        varchar(5),
    unit_rule              varchar(20),
    session_type           varchar(12),
    integrates_visit       uuid REFERENCES infusion_visit (id),
    started                time,
    ended                  time,
    cpt                    varchar(5),
    interactive_complexity boolean       NOT NULL DEFAULT false,
    progress_note          varchar(8000),
    psychotherapy_note_id  uuid,
    signed_at              timestamptz,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(100)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(100)  NOT NULL
);
CREATE INDEX therapy_visit_patient_idx ON therapy_visit (patient_id, visit_date DESC);

CREATE TABLE therapy_intervention (
    visit_id uuid        NOT NULL REFERENCES therapy_visit (id),
    position integer     NOT NULL,
    code     varchar(5)  NOT NULL,
    minutes  integer     NOT NULL CHECK (minutes BETWEEN 0 AND 240),
    units    integer     NOT NULL CHECK (units >= 0),
    PRIMARY KEY (visit_id, position)
);

CREATE FUNCTION therapy_visit_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.signed_at IS NOT NULL THEN
        RAISE EXCEPTION 'a signed visit is locked';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER therapy_visit_locked BEFORE UPDATE OR DELETE ON therapy_visit FOR EACH ROW EXECUTE FUNCTION therapy_visit_locked();
