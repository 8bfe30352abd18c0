-- On-call: rotations with their definitions over time, overrides, escalation policies and calendar feed tokens.

CREATE TABLE rotations (
    id              UUID PRIMARY KEY,
    team_id         UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name            VARCHAR(200) NOT NULL,
    effective_from  TIMESTAMPTZ NOT NULL,
    effective_until TIMESTAMPTZ,
    version         BIGINT NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    CHECK (effective_until IS NULL OR effective_until > effective_from)
);
CREATE INDEX rotations_team_idx ON rotations (team_id, name, id);

-- Each edit of a started rotation adds a definition effective from the edit instant, so past shifts keep
-- the definition they were rendered with. An empty member list (everyone left the team) renders as a gap.
CREATE TABLE rotation_definitions (
    rotation_id                   UUID NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    effective_from                TIMESTAMPTZ NOT NULL,
    time_zone                     VARCHAR(64) NOT NULL,
    members                       VARCHAR(255)[] NOT NULL,
    shift_amount                  INTEGER NOT NULL CHECK (shift_amount > 0),
    shift_unit                    VARCHAR(10) NOT NULL,
    handoff_anchor                TIMESTAMP NOT NULL,
    restrictions                  JSONB NOT NULL,
    restricted_time_consumes_turn BOOLEAN NOT NULL,
    PRIMARY KEY (rotation_id, effective_from)
);

CREATE TABLE rotation_overrides (
    id               UUID PRIMARY KEY,
    rotation_id      UUID NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    start_at         TIMESTAMPTZ NOT NULL,
    end_at           TIMESTAMPTZ NOT NULL,
    member           VARCHAR(255),
    reason           VARCHAR(500),
    -- Decides which of two overlapping overrides wins: the newer, i.e. the higher sequence.
    created_sequence BIGINT GENERATED ALWAYS AS IDENTITY,
    created_by       VARCHAR(255) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    CHECK (end_at > start_at)
);
CREATE INDEX rotation_overrides_window_idx ON rotation_overrides (rotation_id, start_at, id);
CREATE INDEX rotation_overrides_end_idx ON rotation_overrides (rotation_id, end_at);

CREATE TABLE escalation_policies (
    id           UUID PRIMARY KEY,
    team_id      UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    levels       JSONB NOT NULL,
    repeat_count INTEGER NOT NULL DEFAULT 0,
    version      BIGINT NOT NULL DEFAULT 1,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX escalation_policies_team_idx ON escalation_policies (team_id, name, id);

-- Calendar apps cannot send bearer tokens; a feed token opens the on-call feeds of its owner and nothing else.
-- Only a SHA-256 of the secret is kept.
CREATE TABLE feed_tokens (
    id         UUID PRIMARY KEY,
    owner      VARCHAR(255) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    sees_all   BOOLEAN NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX feed_tokens_owner_idx ON feed_tokens (owner, created_at DESC, id DESC);
