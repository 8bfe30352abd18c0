-- Each ticket runs a first-response and a resolution clock, pinned to the policy version it started under.
CREATE TABLE sla_clocks (
    ticket_id          UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    metric             VARCHAR(20) NOT NULL,
    policy_id          UUID NOT NULL REFERENCES sla_policies (id),
    policy_version     BIGINT NOT NULL,
    calendar_id        UUID NOT NULL REFERENCES calendars (id),
    started_at         TIMESTAMPTZ NOT NULL,
    target_seconds     BIGINT NOT NULL,
    excluded_seconds   BIGINT NOT NULL,
    paused_since       TIMESTAMPTZ,
    stopped_at         TIMESTAMPTZ,
    last_changed_at    TIMESTAMPTZ NOT NULL,
    cycle              INTEGER NOT NULL,
    ever_breached      BOOLEAN NOT NULL,
    breached_in_cycle  BOOLEAN NOT NULL,
    fired_warnings     INTEGER[] NOT NULL,
    warning_thresholds INTEGER[] NOT NULL,
    escalate_on_breach BOOLEAN NOT NULL,
    due_at             TIMESTAMPTZ,
    -- Business time the clock consumed, kept once it stops (met or met late), for attainment reports.
    elapsed_seconds    BIGINT,
    -- When the scanner must look at this clock next (a warning or the breach); null while paused or stopped.
    next_check_at      TIMESTAMPTZ,
    PRIMARY KEY (ticket_id, metric)
);
CREATE INDEX sla_clocks_next_check_idx ON sla_clocks (next_check_at) WHERE next_check_at IS NOT NULL;

CREATE TABLE sla_clock_events (
    id                      BIGSERIAL PRIMARY KEY,
    ticket_id               UUID NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    metric                  VARCHAR(20) NOT NULL,
    type                    VARCHAR(20) NOT NULL,
    at                      TIMESTAMPTZ NOT NULL,
    cycle                   INTEGER NOT NULL,
    pause_reason            VARCHAR(300),
    warning_percent         INTEGER,
    previous_target_seconds BIGINT,
    new_target_seconds      BIGINT,
    due_at                  TIMESTAMPTZ
);
CREATE INDEX sla_clock_events_ticket_idx ON sla_clock_events (ticket_id, metric, id);
-- Warnings and breaches happen once per (ticket, clock, cycle, threshold), whatever runs the scan.
CREATE UNIQUE INDEX sla_clock_events_once_idx ON sla_clock_events (ticket_id, metric, cycle, type, coalesce(warning_percent, 0))
    WHERE type IN ('WARNED', 'BREACHED');
