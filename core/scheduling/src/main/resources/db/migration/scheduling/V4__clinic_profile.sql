-- The clinic's own settings: the name shown on every page and document, its time zone (appointments and "today" are
-- in this zone) and its logo. One row.
CREATE TABLE clinic_profile (
    id           integer PRIMARY KEY CHECK (id = 1),
    name         varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
    time_zone    varchar(60)  NOT NULL,
    logo         bytea CHECK (logo IS NULL OR octet_length(logo) <= 262144),
    logo_type    varchar(20) CHECK (logo_type IS NULL OR logo_type IN ('image/png', 'image/jpeg')),
    version      bigint       NOT NULL,
    created_at   timestamptz  NOT NULL,
    created_by   varchar(100) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    updated_by   varchar(100) NOT NULL,
    CONSTRAINT clinic_profile_logo_ck CHECK ((logo IS NULL) = (logo_type IS NULL))
);
INSERT INTO clinic_profile (id, name, time_zone, version, created_at, created_by, updated_at, updated_by)
VALUES (1, 'Clinic suite', current_setting('TIMEZONE'), 0, now(), 'system', now(), 'system');
