-- Billing (DOMAIN.md §5): fee schedules with history, payers with their claim rules, the clinic's billing identity,
-- charges captured from signed visits, self-pay packages, gap-free invoices that never change once issued, idempotent
-- payments allocated to invoice lines, the append-only patient ledger, claims in per-payer 837P batches, and Good
-- Faith Estimates. Money is numeric(12,2) with a currency; never floating point.

CREATE TABLE billing_identity (
    id          integer PRIMARY KEY CHECK (id = 1),
    version     bigint        NOT NULL,
    legal_name  varchar(200)  NOT NULL,
    npi         char(10)      NOT NULL CHECK (npi ~ '^\d{10}$'),
    tax_id      char(9)       NOT NULL CHECK (tax_id ~ '^\d{9}$'),
    taxonomy    varchar(10)   NOT NULL,
    address     varchar(200)  NOT NULL,
    city        varchar(100)  NOT NULL,
    state       char(2)       NOT NULL,
    zip         varchar(10)   NOT NULL,
    phone       varchar(30),
    currency    char(3)       NOT NULL DEFAULT 'USD',
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(100)  NOT NULL
);

-- One row per code and period; a new price ends the old row, so past charges (which keep their own price) never change.
CREATE TABLE fee (
    id              uuid PRIMARY KEY,
    version         bigint        NOT NULL,
    code            varchar(10)   NOT NULL,
    label           varchar(100)  NOT NULL,
    service_line    varchar(12)   NOT NULL CHECK (service_line IN ('KETAMINE', 'PT', 'COUNSELING', 'OTHER')),
    price           numeric(12, 2) NOT NULL CHECK (price >= 0),
    currency        char(3)       NOT NULL,
    effective_from  date          NOT NULL,
    effective_to    date,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL,
    CONSTRAINT fee_dates_ck CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CONSTRAINT fee_code_from_uq UNIQUE (code, effective_from)
);
CREATE UNIQUE INDEX fee_current_uq ON fee (code) WHERE effective_to IS NULL;

CREATE TABLE payer (
    id              uuid PRIMARY KEY,
    version         bigint        NOT NULL,
    name            varchar(100)  NOT NULL,
    payer_id        varchar(30)   NOT NULL UNIQUE,
    address         varchar(200),
    city            varchar(100),
    state           char(2),
    zip             varchar(10),
    unit_rule       varchar(20)   NOT NULL CHECK (unit_rule IN ('CMS_8_MINUTE', 'AMA_RULE_OF_EIGHTS')),
    requires_jw_jz  boolean       NOT NULL,
    covers_ketamine boolean       NOT NULL,
    active          boolean       NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL
);

CREATE TABLE package_product (
    id          uuid PRIMARY KEY,
    version     bigint        NOT NULL,
    name        varchar(100)  NOT NULL UNIQUE,
    sessions    integer       NOT NULL CHECK (sessions BETWEEN 1 AND 100),
    price       numeric(12, 2) NOT NULL CHECK (price > 0),
    currency    char(3)       NOT NULL,
    active      boolean       NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL,
    updated_at  timestamptz   NOT NULL,
    updated_by  varchar(100)  NOT NULL
);

CREATE TABLE patient_package (
    id                uuid PRIMARY KEY,
    version           bigint        NOT NULL,
    patient_id        uuid          NOT NULL,
    name              varchar(100)  NOT NULL,
    sessions          integer       NOT NULL CHECK (sessions > 0),
    used              integer       NOT NULL CHECK (used >= 0),
    refunded          integer       NOT NULL CHECK (refunded >= 0),
    price             numeric(12, 2) NOT NULL,
    currency          char(3)       NOT NULL,
    invoice_id        uuid,
    sold_on           date          NOT NULL,
    status            varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'USED_UP', 'REFUNDED')),
    created_at        timestamptz   NOT NULL,
    created_by        varchar(100)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    updated_by        varchar(100)  NOT NULL,
    CONSTRAINT package_sessions_ck CHECK (used + refunded <= sessions)
);
CREATE INDEX patient_package_patient_idx ON patient_package (patient_id, status);

CREATE TABLE charge (
    id              uuid PRIMARY KEY,
    version         bigint        NOT NULL,
    patient_id      uuid          NOT NULL,
    visit_id        uuid,
    service_date    date          NOT NULL,
    service_line    varchar(12)   NOT NULL CHECK (service_line IN ('KETAMINE', 'PT', 'COUNSELING', 'OTHER')),
    code            varchar(10)   NOT NULL,
    modifiers       varchar(20),
    units           integer       NOT NULL CHECK (units > 0),
    unit_price      numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    amount          numeric(12, 2) NOT NULL CHECK (amount >= 0),
    currency        char(3)       NOT NULL,
    ndc             varchar(13),
    drug_quantity   numeric(9, 3),
    drug_unit       varchar(2) CHECK (drug_unit IN ('ML', 'UN')),
    diagnoses       varchar(200)  NOT NULL,
    provider        varchar(100)  NOT NULL,
    provider_name   varchar(200)  NOT NULL,
    provider_npi    varchar(10),
    route           varchar(10)   NOT NULL CHECK (route IN ('SELF_PAY', 'INSURANCE', 'PACKAGE')),
    package_id      uuid REFERENCES patient_package (id),
    status          varchar(10)   NOT NULL CHECK (status IN ('REVIEW', 'APPROVED', 'INVOICED', 'CLAIMED', 'VOID')),
    review_note     varchar(500),
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL
);
CREATE INDEX charge_status_idx ON charge (status, service_date, id);
CREATE INDEX charge_patient_idx ON charge (patient_id, service_date);
CREATE INDEX charge_visit_idx ON charge (visit_id);

-- A visit draws at most one package session.
CREATE TABLE package_draw (
    id          uuid PRIMARY KEY,
    package_id  uuid          NOT NULL REFERENCES patient_package (id),
    visit_id    uuid          NOT NULL UNIQUE,
    session_no  integer       NOT NULL,
    drawn_on    date          NOT NULL
);

-- Gap-free numbering: the counter row is locked by the issuing transaction and rolls back with it.
CREATE TABLE invoice_counter (
    id    integer PRIMARY KEY CHECK (id = 1),
    last  bigint  NOT NULL
);
INSERT INTO invoice_counter VALUES (1, 0);

CREATE TABLE invoice (
    id           uuid PRIMARY KEY,
    version      bigint        NOT NULL,
    patient_id   uuid          NOT NULL,
    number       bigint UNIQUE,
    kind         varchar(12)   NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
    credit_of    uuid REFERENCES invoice (id),
    status       varchar(12)   NOT NULL CHECK (status IN ('DRAFT', 'ISSUED', 'PARTLY_PAID', 'PAID', 'VOID')),
    total        numeric(12, 2) NOT NULL,
    paid         numeric(12, 2) NOT NULL,
    currency     char(3)       NOT NULL,
    issued_on    date,
    due_on       date,
    void_reason  varchar(500),
    created_at   timestamptz   NOT NULL,
    created_by   varchar(100)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(100)  NOT NULL,
    CONSTRAINT invoice_issued_numbered_ck CHECK ((status = 'DRAFT') = (number IS NULL)),
    CONSTRAINT invoice_paid_ck CHECK (paid >= 0 AND paid <= abs(total))
);
CREATE INDEX invoice_patient_idx ON invoice (patient_id, status);
CREATE INDEX invoice_open_idx ON invoice (issued_on) WHERE status IN ('ISSUED', 'PARTLY_PAID');

CREATE TABLE invoice_line (
    invoice_id    uuid          NOT NULL REFERENCES invoice (id),
    line_no       integer       NOT NULL,
    charge_id     uuid REFERENCES charge (id),
    service_date  date          NOT NULL,
    code          varchar(10),
    description   varchar(200)  NOT NULL,
    units         integer       NOT NULL,
    amount        numeric(12, 2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- An issued invoice never changes: only its payment state (paid, status) and a void reason may.
CREATE FUNCTION invoice_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.number IS NOT NULL THEN
            RAISE EXCEPTION 'issued invoice % is never deleted; void it with a reason', OLD.number;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.number IS NOT NULL AND (NEW.number IS DISTINCT FROM OLD.number OR NEW.total <> OLD.total OR NEW.patient_id <> OLD.patient_id
            OR NEW.issued_on IS DISTINCT FROM OLD.issued_on OR NEW.kind <> OLD.kind OR NEW.credit_of IS DISTINCT FROM OLD.credit_of) THEN
        RAISE EXCEPTION 'issued invoice % is immutable; correct it with a credit note', OLD.number;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER invoice_immutable BEFORE UPDATE OR DELETE ON invoice FOR EACH ROW EXECUTE FUNCTION invoice_immutable();

CREATE FUNCTION invoice_line_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM invoice WHERE id = OLD.invoice_id AND number IS NOT NULL) THEN
        RAISE EXCEPTION 'lines of an issued invoice never change';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER invoice_line_immutable BEFORE UPDATE OR DELETE ON invoice_line FOR EACH ROW EXECUTE FUNCTION invoice_line_immutable();

-- Money in and out. The idempotency key makes a repeated submission (double click, retry, ten at once) one row.
CREATE TABLE payment (
    id               uuid PRIMARY KEY,
    version          bigint        NOT NULL,
    patient_id       uuid          NOT NULL,
    kind             varchar(12)   NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND', 'CREDIT', 'ADJUSTMENT')),
    method           varchar(10)   NOT NULL CHECK (method IN ('CASH', 'CARD', 'CHECK', 'INSURANCE', 'NONE')),
    amount           numeric(12, 2) NOT NULL CHECK (amount > 0),
    unallocated      numeric(12, 2) NOT NULL CHECK (unallocated >= 0),
    currency         char(3)       NOT NULL,
    reference        varchar(100),
    note             varchar(500),
    claim_id         uuid,
    idempotency_key  varchar(100)  NOT NULL UNIQUE,
    received_on      date          NOT NULL,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(100)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(100)  NOT NULL,
    CONSTRAINT payment_unallocated_ck CHECK (unallocated <= amount)
);
CREATE INDEX payment_patient_idx ON payment (patient_id, received_on);
CREATE INDEX payment_day_idx ON payment (received_on, method);
CREATE INDEX payment_credit_idx ON payment (patient_id) WHERE unallocated > 0;

CREATE TABLE allocation (
    id          uuid PRIMARY KEY,
    payment_id  uuid          NOT NULL REFERENCES payment (id),
    invoice_id  uuid          NOT NULL REFERENCES invoice (id),
    line_no     integer       NOT NULL,
    amount      numeric(12, 2) NOT NULL CHECK (amount > 0),
    at          timestamptz   NOT NULL
);
CREATE INDEX allocation_invoice_idx ON allocation (invoice_id);
CREATE INDEX allocation_payment_idx ON allocation (payment_id);

-- The patient ledger: append-only; its sum is the balance (positive: the patient owes; negative: a credit).
CREATE TABLE ledger_entry (
    id           bigserial PRIMARY KEY,
    patient_id   uuid          NOT NULL,
    at           timestamptz   NOT NULL,
    kind         varchar(14)   NOT NULL CHECK (kind IN ('CHARGE', 'PAYMENT', 'ADJUSTMENT', 'REFUND', 'CREDIT', 'VOID', 'CREDIT_NOTE', 'PACKAGE_DRAW')),
    amount       numeric(12, 2) NOT NULL,
    currency     char(3)       NOT NULL,
    description  varchar(300)  NOT NULL,
    ref_id       uuid,
    by_user      varchar(100)  NOT NULL
);
CREATE INDEX ledger_patient_idx ON ledger_entry (patient_id, id);
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the ledger is append-only; post an adjustment instead';
END $$;
CREATE TRIGGER ledger_append_only BEFORE UPDATE OR DELETE ON ledger_entry FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

CREATE SEQUENCE claim_control_seq;
CREATE SEQUENCE interchange_control_seq;

CREATE TABLE claim_batch (
    id                  uuid PRIMARY KEY,
    payer_ref           uuid          NOT NULL REFERENCES payer (id),
    interchange_control bigint        NOT NULL UNIQUE,
    claims              integer       NOT NULL,
    content             text          NOT NULL,
    created_at          timestamptz   NOT NULL,
    created_by          varchar(100)  NOT NULL
);

CREATE TABLE claim (
    id                      uuid PRIMARY KEY,
    version                 bigint        NOT NULL,
    patient_id              uuid          NOT NULL,
    payer_ref               uuid          NOT NULL REFERENCES payer (id),
    priority                varchar(10)   NOT NULL CHECK (priority IN ('PRIMARY', 'SECONDARY')),
    member_id               varchar(40)   NOT NULL,
    group_number            varchar(40),
    subscriber_name         varchar(100)  NOT NULL,
    relationship            varchar(10)   NOT NULL,
    control_number          varchar(20)   NOT NULL UNIQUE,
    frequency_code          char(1)       NOT NULL CHECK (frequency_code IN ('1', '7', '8')),
    original_claim          uuid REFERENCES claim (id),
    payer_claim_number      varchar(50),
    status                  varchar(12)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'PAID', 'PARTLY_PAID', 'DENIED', 'REPLACED', 'VOID')),
    total                   numeric(12, 2) NOT NULL,
    paid                    numeric(12, 2) NOT NULL,
    contractual_adjustment  numeric(12, 2) NOT NULL,
    patient_responsibility  numeric(12, 2) NOT NULL,
    carc                    varchar(10),
    denial_reason           varchar(500),
    currency                char(3)       NOT NULL,
    diagnoses               varchar(200)  NOT NULL,
    batch_id                uuid REFERENCES claim_batch (id),
    submitted_on            date,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL
);
CREATE INDEX claim_status_idx ON claim (status, payer_ref);
CREATE INDEX claim_patient_idx ON claim (patient_id);

CREATE TABLE claim_line (
    claim_id   uuid NOT NULL REFERENCES claim (id),
    line_no    integer NOT NULL,
    charge_id  uuid NOT NULL REFERENCES charge (id),
    PRIMARY KEY (claim_id, line_no)
);
CREATE INDEX claim_line_charge_idx ON claim_line (charge_id);

CREATE TABLE estimate (
    id            uuid PRIMARY KEY,
    version       bigint        NOT NULL,
    patient_id    uuid          NOT NULL,
    plan_id       uuid,
    issued_on     date          NOT NULL,
    first_service date          NOT NULL,
    period_to     date          NOT NULL,
    due_by        date,
    total         numeric(12, 2) NOT NULL,
    currency      char(3)       NOT NULL,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL,
    updated_at    timestamptz   NOT NULL,
    updated_by    varchar(100)  NOT NULL,
    CONSTRAINT estimate_period_ck CHECK (period_to <= first_service + 366)
);
CREATE INDEX estimate_patient_idx ON estimate (patient_id, issued_on DESC);

CREATE TABLE estimate_line (
    estimate_id  uuid          NOT NULL REFERENCES estimate (id),
    line_no      integer       NOT NULL,
    description  varchar(200)  NOT NULL,
    code         varchar(10)   NOT NULL,
    quantity     integer       NOT NULL,
    unit_price   numeric(12, 2) NOT NULL,
    amount       numeric(12, 2) NOT NULL,
    PRIMARY KEY (estimate_id, line_no)
);

-- The clinic's default prices (own short labels; CPT descriptors are AMA copyright). Admin and billing change them.
INSERT INTO fee (id, version, code, label, service_line, price, currency, effective_from, created_at, created_by, updated_at, updated_by) VALUES
 ('00000000-0000-0000-0000-00000000f001', 0, '96365', 'IV infusion, first hour',          'KETAMINE',   250.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f002', 0, '96366', 'IV infusion, each added hour',     'KETAMINE',    90.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f003', 0, '96374', 'IV push, single drug',             'KETAMINE',   120.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f004', 0, 'J3490', 'Ketamine, per mL (NDC billed)',    'KETAMINE',    12.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f005', 0, '97161', 'PT evaluation, low complexity',    'PT',         140.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f006', 0, '97162', 'PT evaluation, moderate',          'PT',         160.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f007', 0, '97163', 'PT evaluation, high complexity',   'PT',         180.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f008', 0, '97164', 'PT re-evaluation',                 'PT',         110.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f009', 0, '97110', 'Therapeutic exercise, 15 min',     'PT',          45.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f010', 0, '97112', 'Neuromuscular re-ed, 15 min',      'PT',          48.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f011', 0, '97140', 'Manual therapy, 15 min',           'PT',          46.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f012', 0, '97530', 'Therapeutic activities, 15 min',   'PT',          50.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f013', 0, '97535', 'Self-care training, 15 min',       'PT',          47.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f014', 0, '90791', 'Psychiatric diagnostic evaluation','COUNSELING', 200.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f015', 0, '90832', 'Psychotherapy, 30 min',            'COUNSELING',  90.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f016', 0, '90834', 'Psychotherapy, 45 min',            'COUNSELING', 130.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f017', 0, '90837', 'Psychotherapy, 60 min',            'COUNSELING', 170.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000f018', 0, '90785', 'Interactive complexity add-on',    'COUNSELING',  25.00, 'USD', DATE '2020-01-01', now(), 'system', now(), 'system');

INSERT INTO billing_identity VALUES (1, 0, 'Riverside Pain & Ketamine Clinic, PLLC', '1234567893', '123456789', '208VP0014X',
    '100 Main Street, Suite 200', 'Springfield', 'IL', '62701', '217-555-0100', 'USD', now(), 'system', now(), 'system');

INSERT INTO package_product VALUES ('00000000-0000-0000-0000-00000000a001', 0, 'Induction series: 6 infusions', 6, 2400.00, 'USD', true,
    now(), 'system', now(), 'system');

-- Common payers to start from; the administrator edits addresses and rules.
INSERT INTO payer VALUES
 ('00000000-0000-0000-0000-00000000b001', 0, 'Aetna', '60054', 'PO Box 981106', 'El Paso', 'TX', '79998', 'AMA_RULE_OF_EIGHTS', false, false, true, now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000b002', 0, 'Blue Cross Blue Shield of Illinois', '00621', 'PO Box 805107', 'Chicago', 'IL', '60680', 'AMA_RULE_OF_EIGHTS', false, false, true, now(), 'system', now(), 'system'),
 ('00000000-0000-0000-0000-00000000b003', 0, 'Medicare Part B (J6)', '06102', 'PO Box 6475', 'Indianapolis', 'IN', '46206', 'CMS_8_MINUTE', true, true, true, now(), 'system', now(), 'system');
