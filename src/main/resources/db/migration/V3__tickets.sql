CREATE TABLE tickets (
    id                 UUID PRIMARY KEY,
    requester          VARCHAR(255) NOT NULL,
    solution_id        UUID REFERENCES solutions (id),
    category           VARCHAR(30) NOT NULL,
    priority           VARCHAR(2) NOT NULL,
    title              VARCHAR(300) NOT NULL,
    description        TEXT,
    status             VARCHAR(30) NOT NULL,
    support_level      VARCHAR(20) NOT NULL,
    team_id            UUID REFERENCES teams (id),
    assignee           VARCHAR(255),
    tier_id            VARCHAR(50) NOT NULL REFERENCES tiers (id),
    routing_reason     VARCHAR(500),
    vendor_case_ref    VARCHAR(200),
    kb_candidate       BOOLEAN NOT NULL DEFAULT FALSE,
    kb_summary         TEXT,
    reopen_count       INTEGER NOT NULL DEFAULT 0,
    due_at             TIMESTAMPTZ,
    breached           BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL,
    first_responded_at TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    version            BIGINT NOT NULL DEFAULT 1,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX tickets_created_idx ON tickets (created_at DESC, id DESC);
CREATE INDEX tickets_team_idx ON tickets (team_id, created_at DESC, id DESC);
CREATE INDEX tickets_requester_idx ON tickets (requester, created_at DESC, id DESC);
CREATE INDEX tickets_solution_idx ON tickets (solution_id, created_at DESC, id DESC);
CREATE INDEX tickets_assignee_idx ON tickets (assignee, created_at DESC, id DESC);
CREATE INDEX tickets_team_due_idx ON tickets (team_id, due_at NULLS LAST, id);
CREATE INDEX tickets_due_idx ON tickets (due_at NULLS LAST, id);
CREATE INDEX tickets_resolved_idx ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;

CREATE TABLE ticket_external_refs (
    ticket_id   UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    system      VARCHAR(50) NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    url         VARCHAR(2000),
    PRIMARY KEY (system, external_id)
);
CREATE INDEX ticket_external_refs_ticket_idx ON ticket_external_refs (ticket_id);

CREATE TABLE ticket_comments (
    id             UUID PRIMARY KEY,
    ticket_id      UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author         VARCHAR(255) NOT NULL,
    visibility     VARCHAR(10) NOT NULL,
    body           TEXT NOT NULL,
    first_response BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX ticket_comments_ticket_idx ON ticket_comments (ticket_id, created_at, id);

CREATE TABLE ticket_history (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at           TIMESTAMPTZ NOT NULL,
    actor        VARCHAR(255) NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    from_level   VARCHAR(20),
    to_level     VARCHAR(20),
    from_team_id UUID,
    to_team_id   UUID,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30),
    detail       VARCHAR(300),
    reason       VARCHAR(2000)
);
CREATE INDEX ticket_history_ticket_idx ON ticket_history (ticket_id, id);
CREATE INDEX ticket_history_at_idx ON ticket_history (at);
