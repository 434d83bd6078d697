-- Treatments already tried, and the medical history checklist, of the intake.
CREATE TABLE intake_prior_treatment (
    intake_id   uuid         NOT NULL REFERENCES intake (id),
    position    integer      NOT NULL,
    category    varchar(20)  NOT NULL CHECK (category IN ('MEDICATIONS', 'INJECTIONS', 'SURGERY', 'PHYSICAL_THERAPY', 'PSYCHOLOGICAL', 'DEVICES')),
    description varchar(200) NOT NULL,
    started_on  date,
    ended_on    date,
    response    varchar(30)  NOT NULL,
    PRIMARY KEY (intake_id, position),
    CONSTRAINT intake_prior_treatment_dates_ck CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);

CREATE TABLE intake_history (
    intake_id uuid        NOT NULL REFERENCES intake (id),
    item      varchar(30) NOT NULL,
    PRIMARY KEY (intake_id, item)
);
