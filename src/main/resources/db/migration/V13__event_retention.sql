-- The retention purge finds old fanned-out events and finished deliveries through these, never by scanning.
CREATE INDEX outbox_events_fanned_out_idx ON outbox_events (fanned_out_at) WHERE fanned_out_at IS NOT NULL;
CREATE INDEX webhook_deliveries_completed_idx ON webhook_deliveries (completed_at) WHERE status <> 'PENDING';
CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id);
