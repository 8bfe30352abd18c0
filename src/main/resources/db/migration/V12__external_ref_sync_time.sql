-- When an external reference was last written: added, its URL changed, or (for tickets) the ticket changed
-- through PUT /tickets/by-external-ref. Null for references that predate this column.
ALTER TABLE ticket_external_refs ADD COLUMN last_synced_at TIMESTAMPTZ;
ALTER TABLE solution_external_refs ADD COLUMN last_synced_at TIMESTAMPTZ;
