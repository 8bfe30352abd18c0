-- End users: a solution's owner publishes it to end users (requesters); only published solutions are in the
-- catalogue, and only they are known to a caller whose sole role is requester.
ALTER TABLE solutions ADD COLUMN published_to_end_users BOOLEAN NOT NULL DEFAULT FALSE;
-- The catalogue lists published solutions by name.
CREATE INDEX solutions_published_name_idx ON solutions (name, id) WHERE published_to_end_users;
