-- A signed visit is never changed; a correction is an amendment with a reason, kept beside it.
CREATE TABLE visit_amendment (
    id         uuid PRIMARY KEY,
    version    bigint        NOT NULL,
    visit_id   uuid          NOT NULL,
    visit_kind varchar(12)   NOT NULL CHECK (visit_kind IN ('INFUSION', 'PT', 'COUNSELING')),
    patient_id uuid          NOT NULL,
    reason     varchar(1000) NOT NULL,
    text       varchar(8000) NOT NULL,
    created_at timestamptz   NOT NULL,
    created_by varchar(100)  NOT NULL,
    updated_at timestamptz   NOT NULL,
    updated_by varchar(100)  NOT NULL
);
CREATE INDEX visit_amendment_visit_idx ON visit_amendment (visit_id, created_at);
