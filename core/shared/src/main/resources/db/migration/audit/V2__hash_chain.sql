-- A hash chain over the audit trail. The sealer appends, in order, one link per audit row: the row's id and the
-- SHA-256 of (previous link's hash, the row's fields). Verifying walks the chain and recomputes every hash: a changed
-- row no longer matches its link, a deleted row leaves a link that points nowhere. Links are append-only too.
CREATE TABLE audit_link (
    seq       bigint PRIMARY KEY,
    event_id  bigint      NOT NULL UNIQUE,
    prev_hash char(64)    NOT NULL,
    hash      char(64)    NOT NULL,
    sealed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE TRIGGER audit_link_append_only
    BEFORE UPDATE OR DELETE ON audit_link
    FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();

-- The canonical text of a row that the hash covers.
CREATE FUNCTION audit_row_text(e audit_event) RETURNS text LANGUAGE sql IMMUTABLE SET search_path = audit, pg_catalog AS $$
    SELECT concat_ws('|', e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), e.actor, e.action,
                     coalesce(e.patient_id::text, ''), coalesce(e.detail, ''), coalesce(e.origin, ''))
$$;

-- Appends links for every row not yet sealed that is older than a few seconds (so that rows of transactions still
-- running are sealed on the next pass, in the order they became visible). One sealer at a time.
CREATE FUNCTION seal_audit() RETURNS integer LANGUAGE plpgsql SET search_path = audit, pg_catalog AS $$
DECLARE
    last_seq  bigint;
    last_hash char(64);
    r         audit_event;
    n         integer := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(772001);
    SELECT seq, hash INTO last_seq, last_hash FROM audit_link ORDER BY seq DESC LIMIT 1;
    IF last_seq IS NULL THEN
        last_seq := 0;
        last_hash := repeat('0', 64);
    END IF;
    FOR r IN SELECT e.* FROM audit_event e LEFT JOIN audit_link l ON l.event_id = e.id
             WHERE l.event_id IS NULL AND e.occurred_at < clock_timestamp() - interval '2 seconds' ORDER BY e.id LOOP
        last_seq := last_seq + 1;
        INSERT INTO audit_link (seq, event_id, prev_hash, hash)
        VALUES (last_seq, r.id, last_hash, encode(sha256(convert_to(last_hash || audit_row_text(r), 'UTF8')), 'hex'));
        last_hash := encode(sha256(convert_to(last_hash || audit_row_text(r), 'UTF8')), 'hex');
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

-- Walks the chain: every link whose row is missing or whose hash does not match, with the reason.
CREATE FUNCTION verify_audit() RETURNS TABLE (seq bigint, event_id bigint, problem text) LANGUAGE plpgsql SET search_path = audit, pg_catalog AS $$
DECLARE
    l         audit_link;
    e         audit_event;
    expected  char(64) := repeat('0', 64);
BEGIN
    FOR l IN SELECT * FROM audit_link ORDER BY audit_link.seq LOOP
        IF l.prev_hash <> expected THEN
            seq := l.seq; event_id := l.event_id; problem := 'link does not follow the previous one'; RETURN NEXT;
        END IF;
        SELECT * INTO e FROM audit_event WHERE id = l.event_id;
        IF NOT FOUND THEN
            seq := l.seq; event_id := l.event_id; problem := 'audit row deleted'; RETURN NEXT;
        ELSIF encode(sha256(convert_to(l.prev_hash || audit_row_text(e), 'UTF8')), 'hex') <> l.hash THEN
            seq := l.seq; event_id := l.event_id; problem := 'audit row altered'; RETURN NEXT;
        END IF;
        expected := l.hash;
    END LOOP;
END $$;
