-- The physician's intake assessment and the clinical record kept over time.
CREATE TABLE intake (
    id              uuid PRIMARY KEY,
    patient_id      uuid         NOT NULL UNIQUE REFERENCES patient (id),
    version         bigint       NOT NULL,
    decision        varchar(30) CHECK (decision IN ('ELIGIBLE', 'NOT_ELIGIBLE', 'ELIGIBLE_WITH_OVERRIDE')),
    override_reason varchar(2000),
    decided_by      varchar(100),
    decided_at      timestamptz,
    systolic        integer,
    diastolic       integer,
    heart_rate      integer,
    spo2            integer,
    respiratory_rate integer,
    weight_kg       numeric(5, 1),
    vitals_measured_on date,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    CONSTRAINT intake_override_reason_ck CHECK (decision IS DISTINCT FROM 'ELIGIBLE_WITH_OVERRIDE' OR length(override_reason) >= 10)
);

CREATE TABLE intake_contraindication (
    intake_id uuid        NOT NULL REFERENCES intake (id),
    item      varchar(50) NOT NULL,
    answer    varchar(10) NOT NULL CHECK (answer IN ('YES', 'NO', 'UNKNOWN')),
    PRIMARY KEY (intake_id, item)
);

CREATE TABLE intake_diagnosis (
    intake_id      uuid         NOT NULL REFERENCES intake (id),
    position       integer      NOT NULL,
    code           varchar(10)  NOT NULL,
    description    varchar(200) NOT NULL,
    onset          date,
    body_site      varchar(100),
    laterality     varchar(20),
    pain_character varchar(100),
    PRIMARY KEY (intake_id, position)
);

CREATE TABLE intake_medication (
    intake_id     uuid           NOT NULL REFERENCES intake (id),
    position      integer        NOT NULL,
    drug          varchar(100)   NOT NULL,
    opioid        varchar(30),
    strength      numeric(10, 3) NOT NULL CHECK (strength > 0),
    unit          varchar(20)    NOT NULL,
    route         varchar(30)    NOT NULL,
    frequency     varchar(60)    NOT NULL,
    units_per_day numeric(8, 3)  NOT NULL CHECK (units_per_day > 0),
    prescriber    varchar(100),
    PRIMARY KEY (intake_id, position)
);

CREATE TABLE intake_allergy (
    intake_id uuid         NOT NULL REFERENCES intake (id),
    position  integer      NOT NULL,
    substance varchar(100) NOT NULL,
    reaction  varchar(200),
    PRIMARY KEY (intake_id, position)
);

CREATE TABLE questionnaire_response (
    id              uuid PRIMARY KEY,
    patient_id      uuid         NOT NULL REFERENCES patient (id),
    instrument      varchar(10)  NOT NULL,
    answers         varchar(100) NOT NULL,
    score           numeric(6, 2) NOT NULL,
    secondary_score numeric(6, 2),
    band            varchar(40),
    self_harm_alert boolean      NOT NULL,
    taken_on        date         NOT NULL,
    recorded_by     varchar(100) NOT NULL,
    recorded_at     timestamptz  NOT NULL
);
CREATE INDEX questionnaire_response_patient_idx ON questionnaire_response (patient_id, instrument, taken_on);

CREATE TABLE mme_snapshot (
    id          uuid PRIMARY KEY,
    patient_id  uuid          NOT NULL REFERENCES patient (id),
    daily_mme   numeric(8, 1) NOT NULL,
    recorded_at timestamptz   NOT NULL,
    recorded_by varchar(100)  NOT NULL
);
CREATE INDEX mme_snapshot_patient_idx ON mme_snapshot (patient_id, recorded_at);

CREATE TABLE clinical_alert (
    id                   uuid PRIMARY KEY,
    patient_id           uuid          NOT NULL REFERENCES patient (id),
    version              bigint        NOT NULL,
    kind                 varchar(30)   NOT NULL,
    detail               varchar(500)  NOT NULL,
    raised_at            timestamptz   NOT NULL,
    acknowledged_by      varchar(100),
    acknowledged_at      timestamptz,
    acknowledgement_note varchar(2000),
    created_at           timestamptz   NOT NULL,
    created_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    updated_by           varchar(100)  NOT NULL
);
CREATE INDEX clinical_alert_open_idx ON clinical_alert (patient_id) WHERE acknowledged_at IS NULL;

-- Questionnaire responses and MME snapshots are append-only.
CREATE FUNCTION refuse_clinical_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER questionnaire_response_append_only BEFORE UPDATE OR DELETE ON questionnaire_response
    FOR EACH ROW EXECUTE FUNCTION refuse_clinical_change();
CREATE TRIGGER mme_snapshot_append_only BEFORE UPDATE OR DELETE ON mme_snapshot
    FOR EACH ROW EXECUTE FUNCTION refuse_clinical_change();
