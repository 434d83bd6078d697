-- Patient records. Registration only for now; demographics, insurance and the clinical record follow.
CREATE SEQUENCE mrn_seq START WITH 1 INCREMENT BY 1 MAXVALUE 9999999;

CREATE TABLE patient (
    id            uuid PRIMARY KEY,
    version       bigint       NOT NULL,
    mrn           char(8)      NOT NULL,
    given_name    varchar(100) NOT NULL,
    family_name   varchar(100) NOT NULL,
    search_family varchar(201) NOT NULL,
    search_given  varchar(100) NOT NULL,
    birth_date    date         NOT NULL,
    active        boolean      NOT NULL,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL,
    CONSTRAINT patient_mrn_uk UNIQUE (mrn),
    CONSTRAINT patient_birth_date_ck CHECK (birth_date > DATE '1850-01-01')
);

-- Search: MRN (unique index above), prefix of the folded "family given" and of the folded given name.
CREATE INDEX patient_search_family_idx ON patient (search_family text_pattern_ops, id);
CREATE INDEX patient_search_given_idx ON patient (search_given text_pattern_ops);
CREATE INDEX patient_birth_date_idx ON patient (birth_date);
