-- Each entry also says in which role the actor acted, the outcome (NULL = done; DENIED, FAILED) and the request it
-- belongs to. The hash covers the new fields only when one is set, so rows sealed before keep their hashes.
ALTER TABLE audit_event ADD COLUMN role varchar(200), ADD COLUMN outcome varchar(20), ADD COLUMN request_id varchar(40);
CREATE INDEX audit_event_outcome_idx ON audit_event (outcome, occurred_at) WHERE outcome IS NOT NULL;

CREATE OR REPLACE FUNCTION audit_row_text(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = audit, pg_catalog AS $$
    SELECT concat_ws('|', e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor, e.action,
                     coalesce(e.patient_id::text, ''), coalesce(e.detail, ''), coalesce(e.origin, ''))
        || CASE WHEN e.role IS NULL AND e.outcome IS NULL AND e.request_id IS NULL THEN ''
                ELSE '|' || coalesce(e.role, '') || '|' || coalesce(e.outcome, '') || '|' || coalesce(e.request_id, '') END
$$;

-- How far sign-in events have been copied from Keycloak into the trail (milliseconds since the epoch).
CREATE TABLE import_cursor (
    source     varchar(50) PRIMARY KEY,
    last_time  bigint      NOT NULL
);
INSERT INTO import_cursor VALUES ('keycloak-events', 0);
