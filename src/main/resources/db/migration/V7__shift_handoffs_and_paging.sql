-- Shift handoffs: one record per rotation and boundary at which someone comes on call. The unique key makes the
-- background job and the lazy path in every replica agree on a single record.
CREATE TABLE shift_handoffs (
    id              UUID PRIMARY KEY,
    rotation_id     UUID NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    team_id         UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    boundary_at     TIMESTAMPTZ NOT NULL,
    outgoing_member VARCHAR(255),
    incoming_member VARCHAR(255) NOT NULL,
    notes           TEXT,
    notes_at        TIMESTAMPTZ,
    acknowledged_by VARCHAR(255),
    acknowledged_at TIMESTAMPTZ,
    open_tickets    INTEGER NOT NULL,
    at_risk_tickets INTEGER NOT NULL,
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (rotation_id, boundary_at)
);
CREATE INDEX shift_handoffs_boundary_idx ON shift_handoffs (boundary_at DESC, id DESC);
CREATE INDEX shift_handoffs_team_idx ON shift_handoffs (team_id, boundary_at DESC, id DESC);
CREATE INDEX shift_handoffs_incoming_idx ON shift_handoffs (incoming_member, boundary_at DESC, id DESC);
CREATE INDEX shift_handoffs_unacknowledged_idx ON shift_handoffs (boundary_at DESC, id DESC)
    WHERE acknowledged_at IS NULL;

-- The team's open tickets as they stood at the boundary.
CREATE TABLE shift_handoff_tickets (
    handoff_id UUID NOT NULL REFERENCES shift_handoffs (id) ON DELETE CASCADE,
    ticket_id  UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    title      VARCHAR(300) NOT NULL,
    priority   VARCHAR(2) NOT NULL,
    status     VARCHAR(30) NOT NULL,
    sla_state  VARCHAR(10) NOT NULL,
    due_at     TIMESTAMPTZ,
    at_risk    BOOLEAN NOT NULL,
    PRIMARY KEY (handoff_id, ticket_id)
);

-- Who was paged for a ticket when a breach escalated it.
ALTER TABLE tickets ADD COLUMN paged_subject VARCHAR(255);
ALTER TABLE tickets ADD COLUMN paged_at TIMESTAMPTZ;
