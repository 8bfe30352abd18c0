-- What the calendar feeds last published for each event of a rotation, so that a calendar client that keeps the
-- events it has seen is told of every change: a changed event keeps its UID with a higher SEQUENCE and a new
-- LAST-MODIFIED, and an event that no longer exists is published as STATUS:CANCELLED while it is in the window.
CREATE TABLE rotation_feed_events (
    rotation_id   UUID NOT NULL REFERENCES rotations (id) ON DELETE CASCADE,
    uid           VARCHAR(100) NOT NULL,
    member        VARCHAR(255) NOT NULL,
    start_at      TIMESTAMPTZ NOT NULL,
    end_at        TIMESTAMPTZ NOT NULL,
    source        VARCHAR(10) NOT NULL,
    -- What the event said when last published (its end, source and rotation name); a change bumps the sequence.
    fingerprint   VARCHAR(400) NOT NULL,
    sequence      BIGINT NOT NULL,
    last_modified TIMESTAMPTZ NOT NULL,
    cancelled     BOOLEAN NOT NULL,
    PRIMARY KEY (rotation_id, uid)
);
CREATE INDEX rotation_feed_events_window_idx ON rotation_feed_events (rotation_id, end_at);
CREATE INDEX rotation_feed_events_member_idx ON rotation_feed_events (member);
