-- Appointments booked from a treatment plan carry the plan's id (a reference by value: no foreign key across
-- contexts), so that the plan can count attended sessions.
ALTER TABLE appointment ADD COLUMN plan_id uuid;
CREATE INDEX appointment_plan_idx ON appointment (plan_id, starts_at) WHERE plan_id IS NOT NULL;
CREATE INDEX appointment_provider_idx ON appointment (provider_id, starts_at);
CREATE INDEX appointment_resource_idx ON appointment (resource_id, starts_at);

-- Holidays (no provider: the clinic is closed) and leave (one provider), whole days.
CREATE TABLE absence (
    id          uuid PRIMARY KEY,
    version     bigint       NOT NULL,
    provider_id uuid REFERENCES provider (id),
    first_day   date         NOT NULL,
    last_day    date         NOT NULL,
    reason      varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(100) NOT NULL,
    CONSTRAINT absence_days_ck CHECK (last_day >= first_day)
);
CREATE INDEX absence_days_idx ON absence (first_day, last_day);
