-- The audit trail is append-only: an entry, once written, is never changed. Retention may still delete old
-- entries. Enforced here, so that no code path (and no one with the application's credentials) rewrites history.
CREATE FUNCTION audit_events_refuse_update() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: entry % cannot be changed', OLD.id
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER audit_events_append_only
    BEFORE UPDATE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_update();
