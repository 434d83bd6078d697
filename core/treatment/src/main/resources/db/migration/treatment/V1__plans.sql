-- Treatment plans and the clinic's ketamine protocol templates.

CREATE TABLE protocol_template (
    code                 varchar(30) PRIMARY KEY,
    version              bigint        NOT NULL,
    name                 varchar(150)  NOT NULL,
    dose_mg_per_kg_h     numeric(6, 3) NOT NULL CHECK (dose_mg_per_kg_h > 0),
    duration_minutes     integer       NOT NULL CHECK (duration_minutes BETWEEN 10 AND 600),
    bolus_mg_per_kg      numeric(6, 3) CHECK (bolus_mg_per_kg > 0),
    max_rate_mg_per_kg_h numeric(6, 3) NOT NULL,
    max_bolus_mg_per_kg  numeric(6, 3) NOT NULL,
    max_total_mg         numeric(7, 1),
    induction_sessions   integer       NOT NULL CHECK (induction_sessions BETWEEN 1 AND 20),
    source               varchar(500)  NOT NULL,
    active               boolean       NOT NULL,
    created_at           timestamptz   NOT NULL,
    created_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    updated_by           varchar(100)  NOT NULL
);

-- Shipped templates (DOMAIN.md §2): the guideline's examples and short clinic protocols. Limits default to the clinic's
-- 2 mg/kg/h and 0.35 mg/kg bolus; administrators maintain these rows.
INSERT INTO protocol_template VALUES
    ('SHORT-40', 0, 'Short: 0.5 mg/kg over 40 min', 0.75, 40, NULL, 2, 0.35, 100, 6,
     'Short clinic protocol, 0.5 mg/kg over 40 min (DOMAIN.md §2)', true, now(), 'system', now(), 'system'),
    ('SHORT-60', 0, 'Short: 0.5 mg/kg/h for 60 min', 0.5, 60, NULL, 2, 0.35, 150, 6,
     'Short clinic protocol, 0.5–1 mg/kg/h for 60 min (DOMAIN.md §2)', true, now(), 'system', now(), 'system'),
    ('STANDARD-120', 0, 'Standard: bolus 0.35 mg/kg, then 1 mg/kg/h for 2 h', 1, 120, 0.35, 2, 0.35, 300, 6,
     'Guideline summary: bolus up to 0.35 mg/kg, infusion 0.5–2 mg/kg/h, total ≥ 80 mg over > 2 h (Cohen 2018)', true, now(), 'system', now(), 'system'),
    ('CRPS-4H', 0, 'CRPS: 0.35 mg/kg/h over 4 h, 10 days', 0.35, 240, NULL, 2, 0.35, 200, 10,
     'CRPS example, 0.35 mg/kg/h over 4 h daily for 10 days (Cohen 2018)', true, now(), 'system', now(), 'system');

CREATE TABLE treatment_plan (
    id                      uuid PRIMARY KEY,
    version                 bigint       NOT NULL,
    patient_id              uuid         NOT NULL,
    status                  varchar(12)  NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'DISCONTINUED')),
    phase                   varchar(12)  NOT NULL CHECK (phase IN ('INDUCTION', 'MAINTENANCE')),
    plan_version            integer      NOT NULL,
    nrs_target_percent      integer      NOT NULL CHECK (nrs_target_percent BETWEEN 10 AND 100),
    mme_target_percent      integer CHECK (mme_target_percent BETWEEN 0 AND 100),
    function_goal           varchar(500),
    mood_goal               varchar(500),
    baseline_nrs            integer CHECK (baseline_nrs BETWEEN 0 AND 10),
    signed_by               varchar(100),
    signed_at               timestamptz,
    status_reason           varchar(1000),
    review_flag             varchar(1000),
    k_clinician_id          uuid,
    k_clinician_name        varchar(100),
    k_route                 varchar(5) CHECK (k_route IN ('IV', 'ORAL')),
    k_protocol_code         varchar(30),
    k_protocol_name         varchar(150),
    k_dose_mg_per_kg_h      numeric(6, 3),
    k_duration_minutes      integer,
    k_bolus_mg_per_kg       numeric(6, 3),
    k_exceeded              varchar(500),
    k_justification         varchar(2000),
    k_induction_sessions    integer,
    k_min_gap_days          integer,
    k_max_gap_days          integer,
    k_booster_min_weeks     integer,
    k_booster_max_weeks     integer,
    k_max_boosters          integer,
    k_oral_dose_mg          numeric(7, 2),
    k_oral_directions       varchar(300),
    k_oral_quantity         integer,
    k_oral_refills          integer,
    k_prescriber_dea        varchar(9),
    pt_clinician_id         uuid,
    pt_clinician_name       varchar(100),
    pt_complexity           varchar(10),
    pt_visits_per_week      integer,
    pt_weeks                integer,
    pt_goals                varchar(2000),
    pt_recertify_by         date,
    pt_certifying_physician varchar(100),
    c_clinician_id          uuid,
    c_clinician_name        varchar(100),
    c_intake                boolean,
    c_sessions              integer,
    c_every_days            integer,
    c_modality              varchar(40),
    c_integration_rule      boolean,
    created_at              timestamptz  NOT NULL,
    created_by              varchar(100) NOT NULL,
    updated_at              timestamptz  NOT NULL,
    updated_by              varchar(100) NOT NULL,
    CONSTRAINT plan_signed_ck CHECK (status = 'DRAFT' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL)),
    CONSTRAINT plan_reason_ck CHECK (status NOT IN ('ON_HOLD', 'COMPLETED', 'DISCONTINUED') OR status_reason IS NOT NULL)
);
-- One open plan per patient, whatever the concurrency.
CREATE UNIQUE INDEX plan_one_open_per_patient ON treatment_plan (patient_id) WHERE status IN ('DRAFT', 'ACTIVE', 'ON_HOLD');
CREATE INDEX plan_patient_idx ON treatment_plan (patient_id, created_at DESC);
CREATE INDEX plan_status_idx ON treatment_plan (status, phase);

CREATE TABLE plan_indication (
    plan_id     uuid         NOT NULL REFERENCES treatment_plan (id),
    position    integer      NOT NULL,
    code        varchar(10)  NOT NULL,
    description varchar(300) NOT NULL,
    evidence    varchar(200) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE plan_change (
    plan_id      uuid          NOT NULL REFERENCES treatment_plan (id),
    position     integer       NOT NULL,
    plan_version integer       NOT NULL,
    changed_at   timestamptz   NOT NULL,
    changed_by   varchar(100)  NOT NULL,
    change       varchar(2000) NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE response_review (
    plan_id           uuid          NOT NULL REFERENCES treatment_plan (id),
    position          integer       NOT NULL,
    reviewed_at       timestamptz   NOT NULL,
    reviewed_by       varchar(100)  NOT NULL,
    baseline_nrs      integer       NOT NULL,
    current_nrs       integer       NOT NULL,
    reduction_percent numeric(5, 1) NOT NULL,
    category          varchar(12)   NOT NULL,
    responder         boolean       NOT NULL,
    decision          varchar(16)   NOT NULL,
    justification     varchar(2000),
    PRIMARY KEY (plan_id, position)
);
