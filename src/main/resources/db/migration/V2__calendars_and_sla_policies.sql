-- Business calendars: the time in which SLA clocks run.
CREATE TABLE calendars (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    time_zone     VARCHAR(64) NOT NULL,
    working_hours JSONB NOT NULL,
    holidays      JSONB NOT NULL DEFAULT '[]',
    built_in      BOOLEAN NOT NULL DEFAULT FALSE,
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX calendars_name_uq ON calendars (lower(name));
CREATE INDEX calendars_name_id_idx ON calendars (name, id);

-- SLA policies: which tiers and priorities, in which calendar, with which targets.
CREATE TABLE sla_policies (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(200) NOT NULL,
    tier_ids           VARCHAR(50)[] NOT NULL,
    priorities         VARCHAR(2)[] NOT NULL,
    calendar_id        UUID NOT NULL REFERENCES calendars (id),
    targets            JSONB NOT NULL,
    pause_statuses     VARCHAR(30)[] NOT NULL,
    warning_thresholds INTEGER[] NOT NULL,
    escalate_on_breach BOOLEAN NOT NULL DEFAULT FALSE,
    rank               INTEGER NOT NULL,
    enabled            BOOLEAN NOT NULL DEFAULT TRUE,
    version            BIGINT NOT NULL DEFAULT 1,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX sla_policies_rank_idx ON sla_policies (rank DESC, id);
CREATE INDEX sla_policies_tier_ids_idx ON sla_policies USING GIN (tier_ids);
CREATE INDEX sla_policies_calendar_idx ON sla_policies (calendar_id);

-- Every version of every policy, as it was; tickets pin the version they started under.
CREATE TABLE sla_policy_versions (
    policy_id  UUID NOT NULL REFERENCES sla_policies (id),
    version    BIGINT NOT NULL,
    snapshot   JSONB NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (policy_id, version)
);
CREATE INDEX sla_policy_versions_calendar_idx ON sla_policy_versions ((snapshot ->> 'calendar_id'));

INSERT INTO calendars (id, name, time_zone, working_hours, holidays, built_in, created_at, updated_at)
VALUES
 ('00000000-0000-0000-0000-000000000247', '24x7', 'UTC',
  '[{"day":"MONDAY","start":"00:00","end":"24:00"},
    {"day":"TUESDAY","start":"00:00","end":"24:00"},
    {"day":"WEDNESDAY","start":"00:00","end":"24:00"},
    {"day":"THURSDAY","start":"00:00","end":"24:00"},
    {"day":"FRIDAY","start":"00:00","end":"24:00"},
    {"day":"SATURDAY","start":"00:00","end":"24:00"},
    {"day":"SUNDAY","start":"00:00","end":"24:00"}]',
  '[]', TRUE, now(), now()),
 ('00000000-0000-0000-0000-000000000001', 'Business hours', 'Europe/Amsterdam',
  '[{"day":"MONDAY","start":"09:00","end":"17:00"},
    {"day":"TUESDAY","start":"09:00","end":"17:00"},
    {"day":"WEDNESDAY","start":"09:00","end":"17:00"},
    {"day":"THURSDAY","start":"09:00","end":"17:00"},
    {"day":"FRIDAY","start":"09:00","end":"17:00"}]',
  '[]', FALSE, now(), now());

INSERT INTO sla_policies (id, name, tier_ids, priorities, calendar_id, targets, pause_statuses, warning_thresholds,
                          escalate_on_breach, rank, enabled, created_at, updated_at)
VALUES
 ('00000000-0000-0000-0001-000000000001', 'Important — business hours',
  '{important}', '{P1,P2,P3,P4}', '00000000-0000-0000-0000-000000000001',
  '[{"priority":"P1","first_response_minutes":60,"resolution_minutes":480},
    {"priority":"P2","first_response_minutes":120,"resolution_minutes":960},
    {"priority":"P3","first_response_minutes":480,"resolution_minutes":2400},
    {"priority":"P4","first_response_minutes":960,"resolution_minutes":4800}]',
  '{WAITING_ON_REQUESTER,WAITING_ON_VENDOR}', '{75,90}', FALSE, 100, TRUE, now(), now()),
 ('00000000-0000-0000-0001-000000000002', 'Critical — 24x7 for P1/P2',
  '{critical}', '{P1,P2}', '00000000-0000-0000-0000-000000000247',
  '[{"priority":"P1","first_response_minutes":15,"resolution_minutes":240},
    {"priority":"P2","first_response_minutes":60,"resolution_minutes":480}]',
  '{WAITING_ON_REQUESTER,WAITING_ON_VENDOR}', '{75,90}', TRUE, 100, TRUE, now(), now()),
 ('00000000-0000-0000-0001-000000000003', 'Critical — business hours for P3/P4',
  '{critical}', '{P3,P4}', '00000000-0000-0000-0000-000000000001',
  '[{"priority":"P3","first_response_minutes":480,"resolution_minutes":2400},
    {"priority":"P4","first_response_minutes":960,"resolution_minutes":4800}]',
  '{WAITING_ON_REQUESTER,WAITING_ON_VENDOR}', '{75,90}', FALSE, 100, TRUE, now(), now());

-- Version 1 of each seeded policy, in the same shape the service stores for later versions.
INSERT INTO sla_policy_versions (policy_id, version, snapshot, created_at)
SELECT id, version,
       jsonb_build_object(
           'name', name,
           'tier_ids', to_jsonb(tier_ids),
           'priorities', to_jsonb(priorities),
           'calendar_id', calendar_id,
           'targets', targets,
           'pause_statuses', to_jsonb(pause_statuses),
           'warning_thresholds', to_jsonb(warning_thresholds),
           'escalate_on_breach', escalate_on_breach,
           'rank', rank,
           'enabled', enabled),
       created_at
FROM sla_policies;
