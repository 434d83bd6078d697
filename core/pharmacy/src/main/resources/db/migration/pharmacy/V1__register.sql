-- The Schedule III ketamine register (DOMAIN.md §4): receipts against invoices, vials with running balances that can
-- never go negative, append-only entries, and counts by two people.

CREATE TABLE receipt (
    id                      uuid PRIMARY KEY,
    version                 bigint        NOT NULL,
    supplier                varchar(200)  NOT NULL,
    invoice_number          varchar(60)   NOT NULL,
    invoice_date            date          NOT NULL,
    ndc                     char(13)      NOT NULL CHECK (ndc ~ '^\d{5}-\d{4}-\d{2}$'),
    product                 varchar(200)  NOT NULL,
    concentration_mg_per_ml numeric(7, 2) NOT NULL CHECK (concentration_mg_per_ml > 0),
    vial_volume_ml          numeric(7, 2) NOT NULL CHECK (vial_volume_ml > 0),
    single_dose             boolean       NOT NULL,
    lot                     varchar(40)   NOT NULL,
    expires_on              date          NOT NULL,
    vial_count              integer       NOT NULL CHECK (vial_count > 0),
    created_at              timestamptz   NOT NULL,
    created_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL
);
CREATE INDEX receipt_invoice_idx ON receipt (supplier, invoice_number);

CREATE TABLE vial (
    id                      uuid PRIMARY KEY,
    version                 bigint        NOT NULL,
    receipt_id              uuid          NOT NULL REFERENCES receipt (id),
    label                   varchar(50)   NOT NULL UNIQUE,
    ndc                     char(13)      NOT NULL,
    product                 varchar(200)  NOT NULL,
    concentration_mg_per_ml numeric(7, 2) NOT NULL,
    volume_ml               numeric(7, 2) NOT NULL,
    single_dose             boolean       NOT NULL,
    lot                     varchar(40)   NOT NULL,
    expires_on              date          NOT NULL,
    balance_ml              numeric(9, 2) NOT NULL,
    balance_mg              numeric(11, 2) NOT NULL,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL,
    -- whatever the application does, a vial never holds less than nothing or more than it came with
    CONSTRAINT vial_balance_not_negative CHECK (balance_ml >= 0 AND balance_mg >= 0),
    CONSTRAINT vial_balance_not_above_volume CHECK (balance_ml <= volume_ml)
);
CREATE INDEX vial_lot_idx ON vial (lot);
CREATE INDEX vial_stock_idx ON vial (expires_on, label) WHERE balance_mg > 0;

CREATE TABLE register_entry (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             varchar(12)    NOT NULL CHECK (kind IN ('RECEIPT', 'DRAW', 'CORRECTION', 'LOSS', 'DISPOSAL')),
    vial_id          uuid           NOT NULL REFERENCES vial (id),
    at               timestamptz    NOT NULL,
    by_user          varchar(100)   NOT NULL,
    witness          varchar(100),
    patient_id       uuid,
    visit_ref        uuid,
    drawn_mg         numeric(9, 2),
    administered_mg  numeric(9, 2),
    wasted_mg        numeric(9, 2),
    change_mg        numeric(11, 2) NOT NULL,
    balance_after_mg numeric(11, 2) NOT NULL CHECK (balance_after_mg >= 0),
    reason           varchar(1000),
    corrects         bigint REFERENCES register_entry (id),
    CONSTRAINT entry_draw_adds_up CHECK (kind <> 'DRAW' OR (drawn_mg = administered_mg + wasted_mg AND patient_id IS NOT NULL)),
    CONSTRAINT entry_waste_witnessed CHECK (coalesce(wasted_mg, 0) = 0 OR (witness IS NOT NULL AND witness <> by_user)),
    CONSTRAINT entry_correction_reason CHECK (kind NOT IN ('CORRECTION', 'LOSS', 'DISPOSAL') OR reason IS NOT NULL)
);
CREATE INDEX entry_vial_idx ON register_entry (vial_id, id);
CREATE INDEX entry_patient_idx ON register_entry (patient_id, id) WHERE patient_id IS NOT NULL;

-- Entries are never edited or deleted: corrections are new entries with a reason.
CREATE FUNCTION register_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'register entries are never changed or deleted; record a correction with a reason';
END $$;
CREATE TRIGGER register_entry_append_only BEFORE UPDATE OR DELETE ON register_entry
    FOR EACH ROW EXECUTE FUNCTION register_entry_append_only();

CREATE TABLE stock_count (
    id          uuid PRIMARY KEY,
    version     bigint        NOT NULL,
    kind        varchar(20)   NOT NULL CHECK (kind IN ('SHIFT', 'BIENNIAL_OPENING', 'BIENNIAL_CLOSE')),
    counted_at  timestamptz   NOT NULL,
    counted_by  varchar(100)  NOT NULL,
    witness     varchar(100)  NOT NULL CHECK (witness <> counted_by),
    discrepancy boolean       NOT NULL,
    resolution  varchar(1000),
    resolved_by varchar(100),
    resolved_at timestamptz,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(100)  NOT NULL
);
CREATE INDEX stock_count_at_idx ON stock_count (counted_at DESC);

CREATE TABLE stock_count_line (
    count_id    uuid           NOT NULL REFERENCES stock_count (id),
    position    integer        NOT NULL,
    vial_id     uuid           NOT NULL REFERENCES vial (id),
    vial_label  varchar(50)    NOT NULL,
    ndc         char(13)       NOT NULL,
    lot         varchar(40)    NOT NULL,
    expected_mg numeric(11, 2) NOT NULL,
    counted_mg  numeric(11, 2) NOT NULL,
    PRIMARY KEY (count_id, position)
);
