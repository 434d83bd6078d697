-- The append-only audit trail: who did what to which patient, when and from where.
CREATE TABLE audit_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor       varchar(100) NOT NULL,
    action      varchar(100) NOT NULL,
    patient_id  uuid,
    detail      varchar(500),
    origin      varchar(100)
);

-- The accounting of disclosures asks "who touched this patient"; the administrator asks "what did this user do".
CREATE INDEX audit_event_patient_idx ON audit_event (patient_id, occurred_at) WHERE patient_id IS NOT NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (actor, occurred_at);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
