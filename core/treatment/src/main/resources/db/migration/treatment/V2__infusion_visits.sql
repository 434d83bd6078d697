-- IV ketamine infusion visits: checklist, dose with a second clinician's confirmation, flowsheet, events, discharge,
-- signature and co-signature. A co-signed visit is locked by the database as well as by the application.
CREATE TABLE infusion_visit (
    id                            uuid PRIMARY KEY,
    version                       bigint        NOT NULL,
    appointment_id                uuid          NOT NULL UNIQUE,
    plan_id                       uuid          NOT NULL REFERENCES treatment_plan (id),
    patient_id                    uuid          NOT NULL,
    status                        varchar(12)   NOT NULL CHECK (status IN ('CHECKLIST', 'RUNNING', 'PAUSED', 'ENDED', 'DISCHARGED', 'SIGNED', 'COSIGNED')),
    consent_on_file               boolean       NOT NULL DEFAULT false,
    contraindications_reconfirmed boolean       NOT NULL DEFAULT false,
    pregnancy                     varchar(30),
    escort_name                   varchar(100),
    escort_phone                  varchar(30),
    fasting                       boolean       NOT NULL DEFAULT false,
    baseline_nrs                  integer CHECK (baseline_nrs BETWEEN 0 AND 10),
    baseline_confirmed_by         varchar(100),
    baseline_confirmation         varchar(500),
    checklist_by                  varchar(100),
    weight_kg                     numeric(5, 1),
    weighed_on                    date,
    dose_mg_per_kg_h              numeric(6, 3),
    planned_minutes               integer,
    bolus_mg                      numeric(7, 1),
    rate_mg_per_h                 numeric(7, 1),
    total_mg                      numeric(7, 1),
    concentration_mg_per_ml       numeric(7, 2),
    pump_ml_per_h                 numeric(7, 1),
    calculated_by                 varchar(100),
    dose_confirmed_by             varchar(100),
    started_at                    timestamptz,
    ended_at                      timestamptz,
    paused_minutes                integer       NOT NULL DEFAULT 0,
    paused_since                  timestamptz,
    administered_mg               numeric(7, 1),
    early_stop_reason             varchar(500),
    discharged_at                 timestamptz,
    discharge_override            varchar(1500),
    escort_confirmed              boolean       NOT NULL DEFAULT false,
    signed_by                     varchar(100),
    signed_at                     timestamptz,
    cosigned_by                   varchar(100),
    cosigned_at                   timestamptz,
    created_at                    timestamptz   NOT NULL,
    created_by                    varchar(100)  NOT NULL,
    updated_at                    timestamptz   NOT NULL,
    updated_by                    varchar(100)  NOT NULL,
    CONSTRAINT visit_dose_confirmed_by_another CHECK (dose_confirmed_by IS NULL OR dose_confirmed_by <> calculated_by),
    CONSTRAINT visit_cosigned_by_another CHECK (cosigned_by IS NULL OR cosigned_by <> signed_by)
);
CREATE INDEX infusion_visit_patient_idx ON infusion_visit (patient_id, created_at DESC);
CREATE INDEX infusion_visit_plan_idx ON infusion_visit (plan_id);

CREATE TABLE infusion_reading (
    visit_id         uuid         NOT NULL REFERENCES infusion_visit (id),
    position         integer      NOT NULL,
    taken_at         timestamptz  NOT NULL,
    systolic         integer,
    diastolic        integer,
    heart_rate       integer,
    spo2             integer,
    respiratory_rate integer,
    sedation         integer CHECK (sedation BETWEEN 0 AND 4),
    pain_nrs         integer CHECK (pain_nrs BETWEEN 0 AND 10),
    phase            varchar(10)  NOT NULL CHECK (phase IN ('BASELINE', 'DURING', 'POST')),
    alerts           varchar(2000),
    recorded_by      varchar(100) NOT NULL,
    PRIMARY KEY (visit_id, position)
);

CREATE TABLE infusion_event (
    visit_id    uuid          NOT NULL REFERENCES infusion_visit (id),
    position    integer       NOT NULL,
    at          timestamptz   NOT NULL,
    kind        varchar(12)   NOT NULL,
    detail      varchar(1500) NOT NULL,
    recorded_by varchar(100)  NOT NULL,
    PRIMARY KEY (visit_id, position)
);

CREATE FUNCTION infusion_visit_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'COSIGNED' THEN
        RAISE EXCEPTION 'a co-signed infusion visit is locked';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER infusion_visit_locked BEFORE UPDATE OR DELETE ON infusion_visit FOR EACH ROW EXECUTE FUNCTION infusion_visit_locked();
