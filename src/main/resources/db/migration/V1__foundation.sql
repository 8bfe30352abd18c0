CREATE TABLE tiers (
    id                             VARCHAR(50) PRIMARY KEY,
    name                           VARCHAR(100) NOT NULL,
    rank                           INTEGER NOT NULL UNIQUE,
    description                    TEXT,
    support_level                  VARCHAR(20) NOT NULL,
    partner_support_allowed        BOOLEAN NOT NULL DEFAULT FALSE,
    alm                            TEXT,
    environment_strategy           TEXT,
    maker_permission_in_production TEXT,
    it_involvement                 TEXT,
    default_sla                    TEXT,
    threshold_shared_users         INTEGER NOT NULL,
    threshold_shared_groups        INTEGER NOT NULL,
    threshold_launches_30d         INTEGER NOT NULL,
    threshold_business_units       INTEGER NOT NULL,
    version                        BIGINT NOT NULL DEFAULT 1,
    updated_at                     TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO tiers (id, name, rank, description, support_level, partner_support_allowed, alm, environment_strategy,
                   maker_permission_in_production, it_involvement, default_sla,
                   threshold_shared_users, threshold_shared_groups, threshold_launches_30d, threshold_business_units)
VALUES
 ('productivity', 'Productivity', 1,
  'Personal and small-team productivity solutions, supported by their makers.',
  'MAKER', FALSE,
  'No ALM process required.',
  'Default or shared productivity environment.',
  'Environment Maker.',
  'Reactive governance: visibility and usage monitoring.',
  'Best effort, no formal SLA.',
  20, 0, 500, 1),
 ('important', 'Important', 2,
  'Solutions a team depends on, co-owned and supported by that team.',
  'TEAM', FALSE,
  'Manual solution export and import between environments.',
  'Dedicated development environment; shared test and production environments.',
  'End user only in production; the owner may be a service account.',
  'IT approval per solution or per user.',
  'Business hours.',
  200, 5, 5000, 3),
 ('critical', 'Critical', 3,
  'Business-critical solutions, supported formally by the platform team and optionally a partner.',
  'PLATFORM', TRUE,
  'Automated pipelines.',
  'Dedicated development, test and production environments run by central IT.',
  'End user only in production; owned by a service principal.',
  'IT runs the production environments.',
  '24/7 for P1 and P2; business hours otherwise.',
  2147483647, 2147483647, 2147483647, 2147483647);

CREATE TABLE teams (
    id            UUID PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    business_unit VARCHAR(100),
    description   TEXT,
    version       BIGINT NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX teams_name_uq ON teams (lower(name));
CREATE INDEX teams_name_id_idx ON teams (name, id);

CREATE TABLE team_members (
    team_id  UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    subject  VARCHAR(255) NOT NULL,
    role     VARCHAR(10) NOT NULL,
    added_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (team_id, subject)
);
CREATE INDEX team_members_subject_idx ON team_members (subject);

CREATE TABLE solutions (
    id                     UUID PRIMARY KEY,
    name                   VARCHAR(200) NOT NULL,
    kind                   VARCHAR(30) NOT NULL,
    maker                  VARCHAR(255) NOT NULL,
    co_owners              VARCHAR(255)[] NOT NULL DEFAULT '{}',
    owning_team_id         UUID REFERENCES teams (id),
    business_unit          VARCHAR(100),
    environment_id         VARCHAR(200),
    environment_name       VARCHAR(200),
    environment_type       VARCHAR(20),
    tier_id                VARCHAR(50) NOT NULL REFERENCES tiers (id),
    support_level          VARCHAR(20) NOT NULL,
    data_sources           VARCHAR(200)[] NOT NULL DEFAULT '{}',
    connectors             VARCHAR(200)[] NOT NULL DEFAULT '{}',
    description            TEXT,
    business_justification TEXT,
    mitigation_plan_url    VARCHAR(2000),
    lifecycle_state        VARCHAR(20) NOT NULL,
    version                BIGINT NOT NULL DEFAULT 1,
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX solutions_created_idx ON solutions (created_at DESC, id DESC);
CREATE INDEX solutions_maker_idx ON solutions (maker, created_at DESC, id DESC);
CREATE INDEX solutions_team_idx ON solutions (owning_team_id, created_at DESC, id DESC);
CREATE INDEX solutions_tier_idx ON solutions (tier_id, created_at DESC, id DESC);
CREATE INDEX solutions_co_owners_idx ON solutions USING GIN (co_owners);

CREATE TABLE solution_external_refs (
    solution_id UUID NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
    system      VARCHAR(50) NOT NULL,
    external_id VARCHAR(200) NOT NULL,
    url         VARCHAR(2000),
    PRIMARY KEY (system, external_id)
);
CREATE INDEX solution_external_refs_solution_idx ON solution_external_refs (solution_id);

CREATE TABLE solution_usage (
    solution_id    UUID NOT NULL REFERENCES solutions (id) ON DELETE CASCADE,
    day            DATE NOT NULL,
    shared_users   INTEGER NOT NULL,
    shared_groups  INTEGER NOT NULL,
    launches_30d   INTEGER NOT NULL,
    business_units INTEGER NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (solution_id, day)
);

CREATE TABLE audit_events (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL,
    actor         VARCHAR(255) NOT NULL,
    action        VARCHAR(100) NOT NULL,
    resource_type VARCHAR(50) NOT NULL,
    resource_id   VARCHAR(100) NOT NULL,
    request_id    VARCHAR(100),
    before        JSONB,
    after         JSONB
);
CREATE INDEX audit_events_resource_idx ON audit_events (resource_type, resource_id, id DESC);
CREATE INDEX audit_events_actor_idx ON audit_events (actor, id DESC);
CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at, id);

CREATE TABLE idempotency_keys (
    subject         VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    operation       VARCHAR(300) NOT NULL,
    request_hash    VARCHAR(64) NOT NULL,
    status          INTEGER,
    response_body   TEXT,
    location        VARCHAR(2000),
    etag            VARCHAR(100),
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (subject, idempotency_key)
);
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
