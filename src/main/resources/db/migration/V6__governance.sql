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

-- Handoffs: transfer of a solution's support to another team and level, with a checklist.
CREATE TABLE handoffs (
    id                    UUID PRIMARY KEY,
    solution_id           UUID NOT NULL REFERENCES solutions (id),
    graduation_request_id UUID,
    target_tier_id        VARCHAR(50) NOT NULL REFERENCES tiers (id),
    to_team_id            UUID NOT NULL REFERENCES teams (id),
    to_level              VARCHAR(20) NOT NULL,
    reason                TEXT,
    proposed_by           VARCHAR(255) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    rerouted_tickets      INTEGER,
    completed_at          TIMESTAMPTZ,
    version               BIGINT NOT NULL DEFAULT 1,
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX handoffs_solution_idx ON handoffs (solution_id, created_at DESC);
-- At most one open handoff per solution.
CREATE UNIQUE INDEX handoffs_open_uq ON handoffs (solution_id)
    WHERE status IN ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS');

CREATE TABLE handoff_checklist_items (
    handoff_id UUID NOT NULL REFERENCES handoffs (id) ON DELETE CASCADE,
    code       VARCHAR(40) NOT NULL,
    required   BOOLEAN NOT NULL,
    done       BOOLEAN NOT NULL DEFAULT FALSE,
    evidence   TEXT,
    ticked_by  VARCHAR(255),
    ticked_at  TIMESTAMPTZ,
    PRIMARY KEY (handoff_id, code)
);

-- Graduation requests: move a solution to another tier.
CREATE TABLE graduation_requests (
    id              UUID PRIMARY KEY,
    solution_id     UUID NOT NULL REFERENCES solutions (id),
    from_tier_id    VARCHAR(50) NOT NULL REFERENCES tiers (id),
    to_tier_id      VARCHAR(50) NOT NULL REFERENCES tiers (id),
    justification   TEXT NOT NULL,
    requested_by    VARCHAR(255) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    decision_reason TEXT,
    decided_by      VARCHAR(255),
    decided_at      TIMESTAMPTZ,
    handoff_id      UUID REFERENCES handoffs (id),
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX graduation_requests_solution_idx ON graduation_requests (solution_id, created_at DESC);
-- At most one request per solution waiting for a decision or a handoff.
CREATE UNIQUE INDEX graduation_requests_open_uq ON graduation_requests (solution_id)
    WHERE status IN ('PENDING', 'APPROVED');
ALTER TABLE handoffs ADD CONSTRAINT handoffs_graduation_fk
    FOREIGN KEY (graduation_request_id) REFERENCES graduation_requests (id);
