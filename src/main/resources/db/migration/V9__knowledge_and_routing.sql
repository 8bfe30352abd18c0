-- Knowledge articles: the help desk's knowledge base, searchable in the article's own language.
CREATE TABLE knowledge_articles (
    id                 UUID PRIMARY KEY,
    title              VARCHAR(300) NOT NULL,
    body               TEXT NOT NULL,
    language           VARCHAR(10) NOT NULL CHECK (language IN ('english', 'spanish')),
    tags               VARCHAR(50)[] NOT NULL DEFAULT '{}',
    categories         VARCHAR(30)[] NOT NULL DEFAULT '{}',
    solution_ids       UUID[] NOT NULL DEFAULT '{}',
    owner_subject      VARCHAR(255),
    owner_team_id      UUID REFERENCES teams (id),
    state              VARCHAR(10) NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    review_by          DATE,
    -- The review date the staleness event was last emitted for: a conditional UPDATE on it makes the
    -- event exactly-once per article and review date, however many replicas run the job.
    stale_notified_for DATE,
    source_ticket_id   UUID UNIQUE REFERENCES tickets (id),
    created_by         VARCHAR(255) NOT NULL,
    published_at       TIMESTAMPTZ,
    retired_at         TIMESTAMPTZ,
    version            BIGINT NOT NULL DEFAULT 1,
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    -- Each article is indexed in its own language; the constant configurations keep the expression immutable.
    search_vector      TSVECTOR GENERATED ALWAYS AS (
        CASE language
            WHEN 'spanish' THEN setweight(to_tsvector('spanish'::regconfig, coalesce(title, '')), 'A')
                             || setweight(to_tsvector('spanish'::regconfig, coalesce(body, '')), 'B')
            ELSE setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
                 || setweight(to_tsvector('english'::regconfig, coalesce(body, '')), 'B')
        END) STORED,
    CHECK (owner_subject IS NOT NULL OR owner_team_id IS NOT NULL)
);
CREATE INDEX knowledge_articles_search_idx ON knowledge_articles USING GIN (search_vector);
CREATE INDEX knowledge_articles_list_idx ON knowledge_articles (created_at DESC, id DESC);
CREATE INDEX knowledge_articles_state_idx ON knowledge_articles (state, created_at DESC, id DESC);
CREATE INDEX knowledge_articles_review_idx ON knowledge_articles (review_by, id) WHERE state = 'PUBLISHED';
CREATE INDEX knowledge_articles_owner_idx ON knowledge_articles (owner_subject);
CREATE INDEX knowledge_articles_owner_team_idx ON knowledge_articles (owner_team_id);

-- The article that solved a ticket (at most one per ticket); deflections per article are counted from here.
CREATE TABLE ticket_knowledge_links (
    ticket_id  UUID PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    article_id UUID NOT NULL REFERENCES knowledge_articles (id),
    linked_by  VARCHAR(255) NOT NULL,
    linked_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX ticket_knowledge_links_article_idx ON ticket_knowledge_links (article_id);

-- Routing tables: every admin change is a new version; tickets record the version and rule that routed them.
CREATE TABLE routing_tables (
    version         INTEGER PRIMARY KEY,
    default_level   VARCHAR(20) NOT NULL,
    default_team_id UUID REFERENCES teams (id),
    note            VARCHAR(500),
    created_by      VARCHAR(255) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);

CREATE TABLE routing_rules (
    table_version     INTEGER NOT NULL REFERENCES routing_tables (version),
    position          INTEGER NOT NULL,
    categories        VARCHAR(30)[] NOT NULL DEFAULT '{}',
    tier_ids          VARCHAR(50)[] NOT NULL DEFAULT '{}',
    solution_kinds    VARCHAR(30)[] NOT NULL DEFAULT '{}',
    business_units    VARCHAR(200)[] NOT NULL DEFAULT '{}',
    requires_solution BOOLEAN,
    route_to          VARCHAR(20) NOT NULL,
    team_id           UUID REFERENCES teams (id),
    reason            VARCHAR(300) NOT NULL,
    PRIMARY KEY (table_version, position)
);

-- Version 1 is the routing the service had before the table existed.
INSERT INTO routing_tables (version, default_level, default_team_id, note, created_by, created_at)
VALUES (1, 'HELP_DESK', NULL, 'The routing rules of the support model.', 'system', now());
INSERT INTO routing_rules (table_version, position, categories, requires_solution, route_to, reason)
VALUES
 (1, 1, '{ACCESS_REQUEST,HOW_TO,ENVIRONMENT_REQUEST,CONNECTOR_REQUEST}', NULL, 'HELP_DESK',
  'Access, how-to, environment and connector requests go to the help desk.'),
 (1, 2, '{PLATFORM_ISSUE}', NULL, 'PLATFORM', 'Platform issues go to the platform team.'),
 (1, 3, '{}', TRUE, 'SOLUTION_CHANNEL', 'A ticket about a solution goes to the channel its tier names.');

ALTER TABLE tickets ADD COLUMN routing_table_version INTEGER REFERENCES routing_tables (version);
ALTER TABLE tickets ADD COLUMN routing_rule_position INTEGER;

-- Fast lanes: an SLA policy may target ticket categories; for those it outranks every tier-based policy.
ALTER TABLE sla_policies ADD COLUMN categories VARCHAR(30)[] NOT NULL DEFAULT '{}';
CREATE INDEX sla_policies_categories_idx ON sla_policies USING GIN (categories);
