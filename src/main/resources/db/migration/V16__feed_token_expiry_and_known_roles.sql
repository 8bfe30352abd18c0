-- Feed tokens may expire.
ALTER TABLE feed_tokens ADD COLUMN expires_at TIMESTAMPTZ;

-- Each subject's tierdesk roles as of its latest authenticated request, for what acts on its behalf without its
-- token (calendar feeds re-check a token owner's roles at each read). Written only when they change.
CREATE TABLE subject_roles (
    subject    VARCHAR(255) PRIMARY KEY,
    roles      VARCHAR(500) NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
