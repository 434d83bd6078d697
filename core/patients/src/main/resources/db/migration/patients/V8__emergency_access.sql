-- Emergency access ("break the glass"): a clinician outside a patient's care team opens the chart for a limited time
-- with a written reason. Grants are never deleted; an administrator reviews each one.
CREATE TABLE emergency_access (
    id            uuid PRIMARY KEY,
    patient_id    uuid          NOT NULL REFERENCES patient (id),
    username      varchar(100)  NOT NULL,
    role          varchar(200),
    reason        varchar(1000) NOT NULL CHECK (length(btrim(reason)) >= 10),
    granted_at    timestamptz   NOT NULL,
    expires_at    timestamptz   NOT NULL,
    reviewed_by   varchar(100),
    reviewed_at   timestamptz,
    review_note   varchar(1000),
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(100)  NOT NULL,
    CONSTRAINT emergency_access_window_ck CHECK (expires_at > granted_at),
    CONSTRAINT emergency_access_review_ck CHECK ((reviewed_by IS NULL) = (reviewed_at IS NULL))
);
-- The gate asks "does this user hold a grant for this patient now?" on every chart read.
CREATE INDEX emergency_access_gate_idx ON emergency_access (patient_id, username, expires_at);
-- The administrator's log and the home-page notice: newest first, unreviewed first.
CREATE INDEX emergency_access_log_idx ON emergency_access (granted_at DESC);
CREATE INDEX emergency_access_unreviewed_idx ON emergency_access (granted_at) WHERE reviewed_at IS NULL;

CREATE FUNCTION refuse_emergency_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'emergency access grants are never deleted';
    END IF;
    IF NEW.patient_id IS DISTINCT FROM OLD.patient_id OR NEW.username IS DISTINCT FROM OLD.username
            OR NEW.reason IS DISTINCT FROM OLD.reason OR NEW.granted_at IS DISTINCT FROM OLD.granted_at
            OR NEW.expires_at IS DISTINCT FROM OLD.expires_at THEN
        RAISE EXCEPTION 'an emergency access grant is never changed; only its review is added';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER emergency_access_append_only BEFORE UPDATE OR DELETE ON emergency_access
    FOR EACH ROW EXECUTE FUNCTION refuse_emergency_access_change();

-- How long a grant lasts (clinic default 60 minutes), changed by an administrator.
CREATE TABLE emergency_access_policy (
    id              integer PRIMARY KEY CHECK (id = 1),
    minutes         integer      NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL
);
INSERT INTO emergency_access_policy (id, minutes, version, created_at, created_by, updated_at, updated_by)
VALUES (1, 60, 0, now(), 'system', now(), 'system');
