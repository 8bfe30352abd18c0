-- Which tickets of a tier page whoever is on call: on an SLA breach, and on being raised at a priority this urgent or
-- more (PATCH /tiers/{id} "paging"). Critical keeps paging on a breach, as before; raising does not page until an
-- administrator sets a priority.
ALTER TABLE tiers ADD COLUMN page_on_breach boolean NOT NULL DEFAULT false;
ALTER TABLE tiers ADD COLUMN page_on_raise_priority varchar(2)
    CHECK (page_on_raise_priority IN ('P1', 'P2', 'P3', 'P4'));
UPDATE tiers SET page_on_breach = true WHERE id = 'critical';
