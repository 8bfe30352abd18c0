-- Every attempt of a webhook delivery, kept when the delivery is retried or sent again (redelivered);
-- the delivery row keeps the outcome of its last attempt, as before.
ALTER TABLE webhook_deliveries ADD COLUMN redeliveries INTEGER NOT NULL DEFAULT 0;

CREATE TABLE webhook_delivery_attempts (
    id            UUID PRIMARY KEY,
    delivery_id   UUID NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    round         INTEGER NOT NULL,
    attempted_at  TIMESTAMPTZ NOT NULL,
    status_code   INTEGER,
    latency_ms    INTEGER,
    response_body VARCHAR(2000),
    error         VARCHAR(500),
    outcome       VARCHAR(20) NOT NULL,
    UNIQUE (delivery_id, number)
);

-- Deliveries attempted before this migration keep their last attempt as their history.
INSERT INTO webhook_delivery_attempts (id, delivery_id, number, round, attempted_at, status_code, latency_ms,
                                       response_body, error, outcome)
SELECT gen_random_uuid(), id, GREATEST(attempts, 1), 0, last_attempt_at, last_status_code, last_latency_ms,
       last_response_body, last_error,
       CASE status WHEN 'DELIVERED' THEN 'DELIVERED' WHEN 'FAILED' THEN 'FAILED' ELSE 'WILL_RETRY' END
FROM webhook_deliveries
WHERE last_attempt_at IS NOT NULL;
