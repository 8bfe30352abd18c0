-- Environment requests: the provisioning automation's work queue.
CREATE TABLE environment_requests (
    id                UUID PRIMARY KEY,
    display_name      VARCHAR(200) NOT NULL,
    type              VARCHAR(20) NOT NULL,
    region            VARCHAR(50) NOT NULL,
    purpose           TEXT NOT NULL,
    requested_admins  VARCHAR(255)[] NOT NULL DEFAULT '{}',
    security_group    VARCHAR(200),
    dataverse         BOOLEAN NOT NULL DEFAULT FALSE,
    expiry_days       INTEGER,
    tier_id           VARCHAR(50) NOT NULL REFERENCES tiers (id),
    requester         VARCHAR(255) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    decision_reason   TEXT,
    decided_by        VARCHAR(255),
    decided_at        TIMESTAMPTZ,
    queued_at         TIMESTAMPTZ,
    lease_owner       VARCHAR(255),
    lease_expires_at  TIMESTAMPTZ,
    attempts          INTEGER NOT NULL DEFAULT 0,
    environment_id    VARCHAR(200),
    environment_url   VARCHAR(2000),
    error             TEXT,
    provisioned_at    TIMESTAMPTZ,
    expires_at        TIMESTAMPTZ,
    expiry_warned_at  TIMESTAMPTZ,
    version           BIGINT NOT NULL DEFAULT 1,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX environment_requests_created_idx ON environment_requests (created_at DESC, id DESC);
CREATE INDEX environment_requests_requester_idx ON environment_requests (requester, created_at DESC, id DESC);
-- The claim query reads only the queue: approved requests and leases that may have run out.
CREATE INDEX environment_requests_queue_idx ON environment_requests (queued_at, id)
    WHERE status IN ('APPROVED', 'PROVISIONING');
-- The expiry job reads only live requests that expire.
CREATE INDEX environment_requests_expiry_idx ON environment_requests (expires_at)
    WHERE status = 'LIVE' AND expires_at IS NOT NULL;

-- Requirements of a tier that the inventory cannot see by itself (a pipeline, a service principal as owner, ...),
-- attested with evidence, e.g. by ticking a handoff checklist item. Compliance findings read them.
CREATE TABLE solution_attestations (
    solution_id UUID NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
    requirement VARCHAR(40) NOT NULL,
    evidence    TEXT NOT NULL,
    attested_by VARCHAR(255) NOT NULL,
    attested_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (solution_id, requirement)
);
