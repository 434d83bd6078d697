-- One patient's charges in one state (and route): what the month-end run approves and invoices patient by patient,
-- and the charge queue filtered to a patient. With only (patient_id, service_date) and (status, …), the planner
-- combined both and read every approved charge's index entry for each patient (1.5 ms a patient once thousands are
-- approved during a run).
CREATE INDEX charge_patient_status_idx ON charge (patient_id, status, route, service_date);
