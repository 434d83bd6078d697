-- The application's database user may add to the audit trail but never change or remove it: besides the triggers,
-- the privileges are gone (the owner keeps INSERT and SELECT). Only a superuser could still tamper, and the hash chain
-- shows it.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_link FROM CURRENT_USER;
REVOKE ALL ON audit_event, audit_link FROM PUBLIC;
