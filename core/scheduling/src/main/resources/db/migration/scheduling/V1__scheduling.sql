-- Providers, resources, appointment types and appointments. Double-booking is impossible by construction:
-- exclusion constraints on the provider, the resource and the patient refuse any overlapping active booking,
-- whatever the concurrency.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE provider (
    id           uuid PRIMARY KEY,
    version      bigint       NOT NULL,
    username     varchar(100) NOT NULL UNIQUE,
    display_name varchar(100) NOT NULL,
    discipline   varchar(20)  NOT NULL CHECK (discipline IN ('PHYSICIAN', 'NURSE', 'PHYSICAL_THERAPY', 'COUNSELING')),
    npi          char(10),
    active       boolean      NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(100) NOT NULL
);

CREATE TABLE provider_hours (
    provider_id uuid     NOT NULL REFERENCES provider (id),
    day_of_week smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts      time     NOT NULL,
    ends        time     NOT NULL CHECK (ends > starts),
    PRIMARY KEY (provider_id, day_of_week)
);

CREATE TABLE resource (
    id         uuid PRIMARY KEY,
    version    bigint       NOT NULL,
    name       varchar(100) NOT NULL UNIQUE,
    kind       varchar(20)  NOT NULL CHECK (kind IN ('INFUSION_CHAIR', 'PT_ROOM', 'COUNSELING_ROOM', 'EXAM_ROOM')),
    active     boolean      NOT NULL,
    created_at timestamptz  NOT NULL,
    created_by varchar(100) NOT NULL,
    updated_at timestamptz  NOT NULL,
    updated_by varchar(100) NOT NULL
);

CREATE TABLE appointment_type (
    code             varchar(30) PRIMARY KEY,
    label            varchar(100) NOT NULL,
    discipline       varchar(20)  NOT NULL,
    duration_minutes integer      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
    resource_kind    varchar(20)  NOT NULL,
    recovery_minutes integer      NOT NULL CHECK (recovery_minutes BETWEEN 0 AND 240)
);

-- Clinic defaults (DOMAIN.md §1 and the scheduling issue); administrators may add more.
INSERT INTO appointment_type VALUES
    ('INFUSION_60', 'Ketamine infusion, 60 min', 'NURSE', 60, 'INFUSION_CHAIR', 30),
    ('INFUSION_240', 'Ketamine infusion, 4 h (CRPS protocol)', 'NURSE', 240, 'INFUSION_CHAIR', 30),
    ('PHYSICIAN_CONSULT', 'Physician consultation', 'PHYSICIAN', 45, 'EXAM_ROOM', 0),
    ('PT_EVALUATION', 'PT evaluation', 'PHYSICAL_THERAPY', 60, 'PT_ROOM', 0),
    ('PT_VISIT', 'PT visit', 'PHYSICAL_THERAPY', 45, 'PT_ROOM', 0),
    ('COUNSELING_INTAKE', 'Counseling intake', 'COUNSELING', 60, 'COUNSELING_ROOM', 0),
    ('COUNSELING', 'Counseling session', 'COUNSELING', 50, 'COUNSELING_ROOM', 0);

CREATE TABLE appointment (
    id                uuid PRIMARY KEY,
    version           bigint       NOT NULL,
    patient_id        uuid         NOT NULL,
    provider_id       uuid         NOT NULL REFERENCES provider (id),
    resource_id       uuid         NOT NULL REFERENCES resource (id),
    type_code         varchar(30)  NOT NULL REFERENCES appointment_type (code),
    starts_at         timestamptz  NOT NULL,
    ends_at           timestamptz  NOT NULL,
    resource_free_at  timestamptz  NOT NULL,
    status            varchar(12)  NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    cancel_reason     varchar(500),
    late_cancel       boolean      NOT NULL DEFAULT false,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    CONSTRAINT appointment_times_ck CHECK (ends_at > starts_at AND resource_free_at >= ends_at),
    -- the provider is busy for the appointment itself
    CONSTRAINT appointment_provider_no_overlap EXCLUDE USING gist
        (provider_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')),
    -- the chair or room stays busy through the recovery buffer
    CONSTRAINT appointment_resource_no_overlap EXCLUDE USING gist
        (resource_id WITH =, tstzrange(starts_at, resource_free_at) WITH &&) WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED')),
    -- a patient cannot be in two places at once
    CONSTRAINT appointment_patient_no_overlap EXCLUDE USING gist
        (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED'))
);
CREATE INDEX appointment_patient_idx ON appointment (patient_id, starts_at);
CREATE INDEX appointment_day_idx ON appointment (starts_at);
