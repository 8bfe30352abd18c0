-- Escalation graphs: the steps a ticket may take up the support levels, as data an admin publishes. A graph is
-- created as a DRAFT; publishing gives it the next published_version and freezes it. The highest published
-- version is in force; tickets record the version that allowed each escalation.
CREATE TABLE escalation_graphs (
    id                UUID PRIMARY KEY,
    state             VARCHAR(10) NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED')),
    published_version INTEGER UNIQUE,
    note              VARCHAR(500),
    created_by        VARCHAR(255) NOT NULL,
    published_by      VARCHAR(255),
    published_at      TIMESTAMPTZ,
    version           BIGINT NOT NULL DEFAULT 1,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CHECK ((state = 'PUBLISHED') = (published_version IS NOT NULL))
);
CREATE INDEX escalation_graphs_created_idx ON escalation_graphs (created_at DESC, id DESC);

-- A step: from a level to a level, for the listed tiers (none: every tier), under a condition on the ticket's
-- solution, optionally naming the team that takes the ticket when the escalation names none.
CREATE TABLE escalation_graph_steps (
    graph_id   UUID NOT NULL REFERENCES escalation_graphs (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    from_level VARCHAR(20) NOT NULL,
    to_level   VARCHAR(20) NOT NULL,
    condition  VARCHAR(20) NOT NULL CHECK (condition IN ('ALWAYS', 'OWNING_TEAM', 'NO_OWNING_TEAM')),
    tier_ids   VARCHAR(50)[] NOT NULL DEFAULT '{}',
    team_id    UUID REFERENCES teams (id),
    note       VARCHAR(300),
    PRIMARY KEY (graph_id, position),
    CHECK (from_level <> to_level)
);

-- Version 1: the paths the service had before graphs existed, without the maker's dead end (a maker whose
-- solution has no owning team goes to the help desk), plus the tenant's global administrators above the
-- platform team. The help desk raising vendor cases itself is left to organisations that allow it.
INSERT INTO escalation_graphs (id, state, published_version, note, created_by, published_by, published_at,
                               created_at, updated_at)
VALUES ('00000000-0000-0000-0000-0000000e5c01', 'PUBLISHED', 1, 'The escalation paths of the support model.',
        'system', 'system', now(), now(), now());
INSERT INTO escalation_graph_steps (graph_id, position, from_level, to_level, condition, note)
VALUES
 ('00000000-0000-0000-0000-0000000e5c01', 1, 'MAKER', 'TEAM', 'OWNING_TEAM',
  'A maker hands over to the team that owns the solution.'),
 ('00000000-0000-0000-0000-0000000e5c01', 2, 'MAKER', 'HELP_DESK', 'NO_OWNING_TEAM',
  'A maker whose solution has no owning team asks the help desk.'),
 ('00000000-0000-0000-0000-0000000e5c01', 3, 'TEAM', 'PLATFORM', 'ALWAYS',
  'A team hands what it cannot solve to the platform team.'),
 ('00000000-0000-0000-0000-0000000e5c01', 4, 'HELP_DESK', 'PLATFORM', 'ALWAYS',
  'The help desk escalates complex problems to the platform team.'),
 ('00000000-0000-0000-0000-0000000e5c01', 5, 'PLATFORM', 'PARTNER', 'ALWAYS',
  'The platform team may hand over to a support partner.'),
 ('00000000-0000-0000-0000-0000000e5c01', 6, 'PLATFORM', 'VENDOR', 'ALWAYS',
  'The platform team raises a case with the vendor.'),
 ('00000000-0000-0000-0000-0000000e5c01', 7, 'PLATFORM', 'GLOBAL_ADMIN', 'ALWAYS',
  'Widespread problems go to the tenant''s global administrators.'),
 ('00000000-0000-0000-0000-0000000e5c01', 8, 'PARTNER', 'VENDOR', 'ALWAYS',
  'A partner raises a case with the vendor.'),
 ('00000000-0000-0000-0000-0000000e5c01', 9, 'GLOBAL_ADMIN', 'VENDOR', 'ALWAYS',
  'The global administrators raise a case with the vendor.');

-- Which graph version allowed an escalation, and which team took it and why.
ALTER TABLE ticket_history ADD COLUMN escalation_graph_version INTEGER;
ALTER TABLE ticket_history ADD COLUMN team_choice VARCHAR(500);

-- Vendor service-health advisories, posted by automation; a ticket caused by one is linked to it instead of
-- raising a duplicate vendor case. all_regions: the advisory lists no region, so it covers every one.
CREATE TABLE vendor_advisories (
    id          UUID PRIMARY KEY,
    title       VARCHAR(300) NOT NULL,
    service     VARCHAR(30) NOT NULL,
    regions     VARCHAR(50)[] NOT NULL DEFAULT '{}',
    all_regions BOOLEAN NOT NULL,
    status      VARCHAR(10) NOT NULL CHECK (status IN ('ACTIVE', 'RESOLVED')),
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ,
    link        VARCHAR(2000) NOT NULL,
    created_by  VARCHAR(255) NOT NULL,
    version     BIGINT NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX vendor_advisories_active_idx ON vendor_advisories (service, starts_at) WHERE status = 'ACTIVE';
CREATE INDEX vendor_advisories_created_idx ON vendor_advisories (created_at DESC, id DESC);
CREATE INDEX vendor_advisories_starts_idx ON vendor_advisories (starts_at);

-- Where a solution runs, to match the vendor's advisories by region.
ALTER TABLE solutions ADD COLUMN region VARCHAR(50);

ALTER TABLE tickets ADD COLUMN vendor_advisory_id UUID REFERENCES vendor_advisories (id);
CREATE INDEX tickets_vendor_advisory_idx ON tickets (vendor_advisory_id) WHERE vendor_advisory_id IS NOT NULL;
