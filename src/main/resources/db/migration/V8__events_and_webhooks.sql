-- Transactional outbox: every event is written in the transaction of the change it reports.
CREATE TABLE outbox_events (
    id            UUID PRIMARY KEY,
    seq           BIGSERIAL NOT NULL UNIQUE,
    type          VARCHAR(60) NOT NULL,
    resource_type VARCHAR(50) NOT NULL,
    resource_id   UUID NOT NULL,
    tier_id       VARCHAR(50),
    team_id       UUID,
    occurred_at   TIMESTAMPTZ NOT NULL,
    data          JSONB NOT NULL,
    fanned_out_at TIMESTAMPTZ
);
CREATE INDEX outbox_events_pending_idx ON outbox_events (seq) WHERE fanned_out_at IS NULL;
CREATE INDEX outbox_events_resource_idx ON outbox_events (resource_type, resource_id, seq);

CREATE TABLE webhook_subscriptions (
    id                         UUID PRIMARY KEY,
    description                VARCHAR(500),
    target_url                 VARCHAR(2000) NOT NULL,
    event_types                VARCHAR(60)[] NOT NULL,
    tier_ids                   VARCHAR(50)[] NOT NULL DEFAULT '{}',
    team_ids                   UUID[] NOT NULL DEFAULT '{}',
    enabled                    BOOLEAN NOT NULL,
    disabled_reason            VARCHAR(500),
    secret                     VARCHAR(100) NOT NULL,
    previous_secret            VARCHAR(100),
    previous_secret_expires_at TIMESTAMPTZ,
    failing_since              TIMESTAMPTZ,
    created_by                 VARCHAR(255) NOT NULL,
    version                    BIGINT NOT NULL DEFAULT 1,
    created_at                 TIMESTAMPTZ NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL
);
CREATE INDEX webhook_subscriptions_created_idx ON webhook_subscriptions (created_at DESC, id DESC);
CREATE INDEX webhook_subscriptions_owner_idx ON webhook_subscriptions (created_by, created_at DESC, id DESC);

-- One row per event and matching subscription; the unique key makes the fan-out exactly-once.
CREATE TABLE webhook_deliveries (
    id                 UUID PRIMARY KEY,
    subscription_id    UUID NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    event_id           UUID NOT NULL REFERENCES outbox_events (id),
    event_seq          BIGINT NOT NULL,
    event_type         VARCHAR(60) NOT NULL,
    resource_id        UUID NOT NULL,
    status             VARCHAR(20) NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    last_attempt_at    TIMESTAMPTZ,
    last_status_code   INTEGER,
    last_latency_ms    INTEGER,
    last_response_body VARCHAR(2000),
    last_error         VARCHAR(500),
    retry_until        TIMESTAMPTZ NOT NULL,
    completed_at       TIMESTAMPTZ,
    version            BIGINT NOT NULL DEFAULT 1,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (subscription_id, resource_id, event_seq)
    WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (subscription_id, event_seq DESC, id DESC);
