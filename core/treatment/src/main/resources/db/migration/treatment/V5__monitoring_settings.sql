-- The clinic's monitoring thresholds for infusions (stop/hold alerts, pre-start limits, discharge tolerance), set by
-- the administrator; the shipped values are the DOMAIN.md clinic defaults. Readings keep the alert text they raised.
CREATE TABLE monitoring_settings (
    id                         integer PRIMARY KEY CHECK (id = 1),
    version                    bigint       NOT NULL,
    max_systolic               integer      NOT NULL CHECK (max_systolic BETWEEN 120 AND 250),
    max_diastolic              integer      NOT NULL CHECK (max_diastolic BETWEEN 70 AND 150),
    max_heart_rate             integer      NOT NULL CHECK (max_heart_rate BETWEEN 90 AND 180),
    min_heart_rate             integer      NOT NULL CHECK (min_heart_rate BETWEEN 30 AND 70),
    min_spo2                   integer      NOT NULL CHECK (min_spo2 BETWEEN 85 AND 98),
    min_respiratory_rate       integer      NOT NULL CHECK (min_respiratory_rate BETWEEN 6 AND 14),
    pre_start_systolic         integer      NOT NULL CHECK (pre_start_systolic BETWEEN 120 AND 220),
    pre_start_diastolic        integer      NOT NULL CHECK (pre_start_diastolic BETWEEN 70 AND 130),
    discharge_tolerance_percent integer     NOT NULL CHECK (discharge_tolerance_percent BETWEEN 5 AND 50),
    created_at                 timestamptz  NOT NULL,
    created_by                 varchar(100) NOT NULL,
    updated_at                 timestamptz  NOT NULL,
    updated_by                 varchar(100) NOT NULL
);
INSERT INTO monitoring_settings VALUES (1, 0, 180, 110, 120, 50, 92, 10, 160, 100, 20, now(), 'system', now(), 'system');
