-- Insurance policies; a policy ends with a date, it is never deleted.
CREATE TABLE insurance_policy (
    id              uuid PRIMARY KEY,
    patient_id      uuid         NOT NULL REFERENCES patient (id),
    version         bigint       NOT NULL,
    priority        varchar(10)  NOT NULL CHECK (priority IN ('PRIMARY', 'SECONDARY')),
    payer_name      varchar(100) NOT NULL,
    payer_id        varchar(30),
    member_id       varchar(40)  NOT NULL,
    group_number    varchar(40),
    subscriber_name varchar(100) NOT NULL,
    relationship    varchar(10)  NOT NULL CHECK (relationship IN ('SELF', 'SPOUSE', 'CHILD', 'OTHER')),
    effective_from  date         NOT NULL,
    effective_to    date,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    CONSTRAINT insurance_dates_ck CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX insurance_policy_patient_idx ON insurance_policy (patient_id, priority);
CREATE INDEX insurance_policy_member_idx ON insurance_policy (member_id);
