-- The escalation policy a team's pages follow; without one, the documented rule decides (see PagePolicyRule).
ALTER TABLE teams ADD COLUMN escalation_policy_id UUID REFERENCES escalation_policies (id) ON DELETE SET NULL;

-- A page asks whoever is on call for the team holding a ticket to respond, level by level, until acknowledged.
CREATE TABLE pages (
    id                   UUID PRIMARY KEY,
    ticket_id            UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    team_id              UUID REFERENCES teams (id) ON DELETE SET NULL,
    tier_id              VARCHAR(50) NOT NULL,
    escalation_policy_id UUID REFERENCES escalation_policies (id) ON DELETE SET NULL,
    policy_rule          VARCHAR(30) NOT NULL,
    trigger              VARCHAR(20) NOT NULL,
    reason               TEXT NOT NULL,
    raised_by            VARCHAR(255) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    level                INTEGER NOT NULL,
    cycle                INTEGER NOT NULL,
    run                  INTEGER NOT NULL,
    next_notification_at TIMESTAMPTZ,
    unanswered_at        TIMESTAMPTZ,
    first_acknowledged_at TIMESTAMPTZ,
    acknowledged_by      VARCHAR(255),
    acknowledged_at      TIMESTAMPTZ,
    resolved_by          VARCHAR(255),
    resolved_at          TIMESTAMPTZ,
    version              BIGINT NOT NULL DEFAULT 1,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
-- A ticket has at most one open page: a breach seen by two replicas, or a retried raise, opens one.
CREATE UNIQUE INDEX pages_one_open_per_ticket ON pages (ticket_id) WHERE status <> 'RESOLVED';
CREATE INDEX pages_due_idx ON pages (next_notification_at) WHERE next_notification_at IS NOT NULL;
CREATE INDEX pages_created_idx ON pages (created_at DESC, id DESC);
CREATE INDEX pages_ticket_idx ON pages (ticket_id, created_at DESC, id DESC);
CREATE INDEX pages_team_idx ON pages (team_id, created_at DESC, id DESC);

-- A page's timeline. Each notification step (run, cycle, level) exists once, whichever replica takes it.
CREATE TABLE page_events (
    id        BIGSERIAL PRIMARY KEY,
    page_id   UUID NOT NULL REFERENCES pages (id) ON DELETE CASCADE,
    kind      VARCHAR(20) NOT NULL,
    run       INTEGER NOT NULL,
    cycle     INTEGER,
    level     INTEGER,
    subject   VARCHAR(255),
    actor     VARCHAR(255) NOT NULL,
    note      TEXT,
    at        TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX page_events_step_once ON page_events (page_id, run, cycle, level)
    WHERE kind IN ('TRIGGERED', 'ESCALATED');
CREATE UNIQUE INDEX page_events_unanswered_once ON page_events (page_id, run) WHERE kind = 'UNANSWERED';
CREATE INDEX page_events_page_idx ON page_events (page_id, at, id);
CREATE INDEX page_events_subject_idx ON page_events (subject, at) WHERE subject IS NOT NULL;
