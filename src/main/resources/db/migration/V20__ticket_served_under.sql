-- What a ticket is served under now, next to the tier it was raised under (tickets.tier_id): its solution's
-- current tier and support level (kept in step while the ticket is open) and the SLA policy of its clocks.
ALTER TABLE tickets
    ADD COLUMN served_tier_id       VARCHAR(50),
    ADD COLUMN served_support_level VARCHAR(20),
    ADD COLUMN sla_policy_id        UUID,
    ADD COLUMN sla_policy_version   BIGINT;

UPDATE tickets t SET served_tier_id = s.tier_id, served_support_level = s.support_level
FROM solutions s WHERE s.id = t.solution_id;

UPDATE tickets t SET served_tier_id = t.tier_id, served_support_level = r.support_level
FROM tiers r WHERE r.id = t.tier_id AND t.served_tier_id IS NULL;

UPDATE tickets t SET sla_policy_id = c.policy_id, sla_policy_version = c.policy_version
FROM sla_clocks c WHERE c.ticket_id = t.id AND c.metric = 'RESOLUTION';

ALTER TABLE tickets
    ALTER COLUMN served_tier_id SET NOT NULL,
    ALTER COLUMN served_support_level SET NOT NULL;
