-- End users: a solution's owner publishes it to end users (requesters); only published solutions are in the
-- catalogue, and only they are known to a caller whose sole role is requester.
ALTER TABLE solutions ADD COLUMN published_to_end_users BOOLEAN NOT NULL DEFAULT FALSE;
-- The catalogue lists published solutions by name.
CREATE INDEX solutions_published_name_idx ON solutions (name, id) WHERE published_to_end_users;

-- Ticket search: one full-text document per ticket of its title, description and public comments (internal notes
-- are never searched: not everyone who sees a ticket reads them), in every language the knowledge base speaks
-- (english, spanish); a search matches the words in either. Comments are append-only, so a trigger appends each
-- public comment's words to comment_search, and the document is generated from the row.
ALTER TABLE tickets ADD COLUMN comment_search TSVECTOR NOT NULL DEFAULT ''::tsvector;
UPDATE tickets t
SET comment_search = to_tsvector('english'::regconfig, c.bodies) || to_tsvector('spanish'::regconfig, c.bodies)
FROM (SELECT ticket_id, string_agg(body, ' ' ORDER BY created_at, id) AS bodies
      FROM ticket_comments WHERE visibility = 'PUBLIC' GROUP BY ticket_id) c
WHERE c.ticket_id = t.id;
ALTER TABLE tickets ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
    to_tsvector('english'::regconfig, title || ' ' || coalesce(description, ''))
        || to_tsvector('spanish'::regconfig, title || ' ' || coalesce(description, ''))
        || comment_search) STORED;
CREATE INDEX tickets_search_idx ON tickets USING GIN (search_vector);
-- Enough word statistics that a rare word is estimated as rare: with the default target the planner guessed
-- thousands of matches for a word of one ticket, and walked the creation index through a million rows instead.
ALTER TABLE tickets ALTER COLUMN search_vector SET STATISTICS 1000;

CREATE FUNCTION ticket_comment_searchable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tickets
    SET comment_search = comment_search
        || to_tsvector('english'::regconfig, NEW.body) || to_tsvector('spanish'::regconfig, NEW.body)
    WHERE id = NEW.ticket_id;
    RETURN NULL;
END $$;
CREATE TRIGGER ticket_comments_searchable AFTER INSERT ON ticket_comments
    FOR EACH ROW WHEN (NEW.visibility = 'PUBLIC') EXECUTE FUNCTION ticket_comment_searchable();

-- A search for an external reference's id, in whichever system.
CREATE INDEX ticket_external_refs_external_id_idx ON ticket_external_refs (external_id);
