-- The delivery log keeps a short, sanitised excerpt of a receiver's answer and a category for errors, never an
-- exception's text (a webhook aimed inside the network must not read pages or tell ports apart through the log).
UPDATE webhook_deliveries
SET last_response_body = NULLIF(btrim(left(regexp_replace(
        regexp_replace(last_response_body, '[\r\n\t]', ' ', 'g'), '[[:cntrl:]]', '', 'g'), 256)), '')
WHERE last_response_body IS NOT NULL;

UPDATE webhook_deliveries SET last_error = 'OTHER' WHERE last_error IS NOT NULL;

ALTER TABLE webhook_deliveries ALTER COLUMN last_response_body TYPE VARCHAR(256);
ALTER TABLE webhook_deliveries ALTER COLUMN last_error TYPE VARCHAR(20);
ALTER TABLE webhook_deliveries ADD CONSTRAINT webhook_deliveries_last_error_check
    CHECK (last_error IN ('REFUSED', 'TIMEOUT', 'TLS', 'DNS', 'BLOCKED', 'OTHER'));
