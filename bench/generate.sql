-- The benchmark dataset, loaded with set-based SQL (psql -v t0=... -v solutions=N -v tickets=N -v teams=N
-- -v rotations=N): teams with members, solutions, tickets spread over the two years before t0 with their
-- comments, history and SLA clocks, and rotations with overrides. Deterministic: ids are md5 of a name.
--
-- Tickets: 70 % closed, 10 % waiting on the requester, 20 % open (NEW, TRIAGED, IN_PROGRESS) with a running
-- resolution clock due in the next days. Solutions are 40 % productivity (support level MAKER), 40 % important
-- (TEAM, with an owning team), 20 % critical (PLATFORM); tickets follow their solution's tier and team.
-- Each ticket has one or two comments (the first marks the first response) and a ROUTED history entry.
SET synchronous_commit = off;
-- Consistent by construction: skip the per-row foreign-key triggers while loading.
SET session_replication_role = replica;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

INSERT INTO teams (id, name, kind, business_unit, created_at, updated_at)
SELECT md5('team-' || k)::uuid, 'Bench team ' || k,
       CASE WHEN k = 1 THEN 'HELP_DESK' WHEN k = 2 THEN 'PLATFORM' ELSE 'BUSINESS_UNIT' END,
       'Unit ' || (k % 7), :'t0'::timestamptz - interval '800 days', :'t0'::timestamptz - interval '800 days'
FROM generate_series(1, :teams) k;

-- Eight members per team: bench-agent-<team>-<n>; agent 1 of each team is its lead.
INSERT INTO team_members (team_id, subject, role, added_at)
SELECT md5('team-' || k)::uuid, 'bench-agent-' || k || '-' || m, CASE WHEN m = 1 THEN 'LEAD' ELSE 'MEMBER' END,
       :'t0'::timestamptz - interval '800 days'
FROM generate_series(1, :teams) k, generate_series(1, 8) m;

INSERT INTO solutions (id, name, kind, maker, owning_team_id, business_unit, tier_id, support_level, description,
                       lifecycle_state, created_at, updated_at)
SELECT md5('solution-' || s)::uuid, 'Bench solution ' || s, 'CANVAS_APP', 'bench-maker-' || (s % 2000),
       CASE WHEN s % 5 IN (2, 3) THEN md5('team-' || (3 + s % (:teams - 2)))::uuid END, 'Unit ' || (s % 7),
       CASE WHEN s % 5 IN (0, 1) THEN 'productivity' WHEN s % 5 IN (2, 3) THEN 'important' ELSE 'critical' END,
       CASE WHEN s % 5 IN (0, 1) THEN 'MAKER' WHEN s % 5 IN (2, 3) THEN 'TEAM' ELSE 'PLATFORM' END,
       'A solution of the benchmark dataset', 'IN_PRODUCTION',
       :'t0'::timestamptz - interval '800 days', :'t0'::timestamptz - interval '800 days'
FROM generate_series(1, :solutions) s;

CREATE TEMP TABLE spec AS
SELECT i, md5('ticket-' || i)::uuid AS id, 1 + (i::bigint * 7919) % :solutions AS s,
       CASE WHEN i % 10 < 7 THEN 'CLOSED' WHEN i % 10 = 7 THEN 'WAITING_ON_REQUESTER'
            WHEN i % 10 = 8 THEN 'IN_PROGRESS' WHEN i % 20 = 9 THEN 'NEW' ELSE 'TRIAGED' END AS status,
       CASE WHEN i % 10 >= 8 THEN :'t0'::timestamptz - make_interval(secs => (i * 31) % 86400)
            ELSE :'t0'::timestamptz - interval '730 days' * ((:tickets - i + 1)::float8 / :tickets) END AS created,
       'P' || (1 + i % 2) AS priority
FROM generate_series(1, :tickets) i;
ALTER TABLE spec ADD COLUMN tier text, ADD COLUMN level text, ADD COLUMN team uuid, ADD COLUMN maker text;
UPDATE spec SET tier = CASE WHEN s % 5 IN (0, 1) THEN 'productivity' WHEN s % 5 IN (2, 3) THEN 'important' ELSE 'critical' END,
                level = CASE WHEN s % 5 IN (0, 1) THEN 'MAKER' WHEN s % 5 IN (2, 3) THEN 'TEAM' ELSE 'PLATFORM' END,
                team = CASE WHEN s % 5 IN (2, 3) THEN md5('team-' || (3 + s % (:teams - 2)))::uuid
                            WHEN s % 5 = 4 THEN md5('team-2')::uuid END,
                maker = 'bench-maker-' || (s % 2000);

INSERT INTO tickets (id, requester, solution_id, category, priority, title, description, status, support_level,
                     team_id, assignee, tier_id, routing_reason, due_at, breached, created_at, first_responded_at,
                     resolved_at, closed_at, version, updated_at, served_tier_id, served_support_level,
                     sla_policy_id, sla_policy_version)
SELECT id, 'bench-user-' || (i % 20000), md5('solution-' || s)::uuid, 'BUG', priority,
       'Benchmark ticket ' || i, 'Something in solution ' || s || ' does not work as expected.', status, level,
       team, CASE WHEN status IN ('IN_PROGRESS', 'CLOSED') AND team IS NOT NULL THEN 'bench-agent-x' END, tier,
       'Generated for the benchmark.',
       CASE WHEN status IN ('NEW', 'TRIAGED', 'IN_PROGRESS') THEN :'t0'::timestamptz + make_interval(secs => (i * 7) % 604800) END,
       i % 100 < 4, created, created + interval '10 minutes',
       CASE WHEN status = 'CLOSED' THEN created + interval '2 hours' END,
       CASE WHEN status = 'CLOSED' THEN created + interval '3 hours' END, 1,
       CASE WHEN status = 'CLOSED' THEN created + interval '3 hours' ELSE created + interval '10 minutes' END,
       tier, level, '00000000-0000-0000-0001-000000000002'::uuid, 1
FROM spec;

INSERT INTO ticket_comments (id, ticket_id, author, visibility, body, first_response, created_at)
SELECT md5('comment-a-' || i)::uuid, id, 'bench-agent-x', 'PUBLIC', 'We are looking into it.', true,
       created + interval '10 minutes'
FROM spec
UNION ALL
SELECT md5('comment-b-' || i)::uuid, id, 'bench-user-' || (i % 20000), 'PUBLIC', 'Thanks, any news?', false,
       created + interval '1 hour'
FROM spec WHERE i % 2 = 0;

INSERT INTO ticket_history (ticket_id, at, actor, kind, to_level, to_team_id, to_status, reason)
SELECT id, created, 'bench-user-' || (i % 20000), 'ROUTED', level, team, 'NEW', 'Generated for the benchmark.'
FROM spec;

-- Two clocks per ticket under the seeded Critical 24x7 policy, which has targets for the generated priorities (P1,
-- P2): a status change finds its terms in the pinned version, as for a ticket raised through the API.
INSERT INTO sla_clocks (ticket_id, metric, policy_id, policy_version, calendar_id, started_at, target_seconds,
                        excluded_seconds, paused_since, stopped_at, last_changed_at, cycle, ever_breached,
                        breached_in_cycle, fired_warnings, warning_thresholds, escalate_on_breach, due_at,
                        next_check_at, elapsed_seconds)
SELECT id, 'FIRST_RESPONSE', '00000000-0000-0000-0001-000000000002'::uuid, 1,
       '00000000-0000-0000-0000-000000000247'::uuid, created, 900, 0::bigint, NULL::timestamptz,
       created + interval '10 minutes', created + interval '10 minutes', 1, false, false, '{}'::int[],
       '{75,90}'::int[], false, created + interval '15 minutes', NULL::timestamptz, 600::bigint
FROM spec
UNION ALL
SELECT id, 'RESOLUTION', '00000000-0000-0000-0001-000000000002', 1, '00000000-0000-0000-0000-000000000247',
       created, 14400, 0,
       CASE WHEN status = 'WAITING_ON_REQUESTER' THEN created + interval '1 hour' END,
       CASE WHEN status = 'CLOSED' THEN created + interval '2 hours' END,
       created + interval '1 hour', 1, i % 100 < 4, i % 100 < 4, '{}', '{75,90}', false,
       CASE WHEN status IN ('NEW', 'TRIAGED', 'IN_PROGRESS') THEN :'t0'::timestamptz + make_interval(secs => (i * 7) % 604800) END,
       CASE WHEN status IN ('NEW', 'TRIAGED', 'IN_PROGRESS') THEN :'t0'::timestamptz + make_interval(secs => (i * 7) % 604800) - interval '1 hour' END,
       CASE WHEN status = 'CLOSED' THEN 7200 END
FROM spec;

-- Rotations: daily, eight members, anchored two years back, with an override every other week.
INSERT INTO rotations (id, team_id, name, effective_from, created_at, updated_at)
SELECT md5('rotation-' || r)::uuid, md5('team-' || (1 + r % :teams))::uuid, 'Bench rotation ' || r,
       :'t0'::timestamptz - interval '730 days', :'t0'::timestamptz - interval '730 days',
       :'t0'::timestamptz - interval '730 days'
FROM generate_series(1, :rotations) r;
INSERT INTO rotation_definitions (rotation_id, effective_from, time_zone, members, shift_amount, shift_unit,
                                  handoff_anchor, restrictions, restricted_time_consumes_turn)
SELECT md5('rotation-' || r)::uuid, :'t0'::timestamptz - interval '730 days', 'Europe/Amsterdam',
       ARRAY(SELECT 'bench-agent-' || (1 + r % :teams) || '-' || m FROM generate_series(1, 8) m), 1, 'DAYS',
       (:'t0'::timestamptz - interval '730 days')::date + time '09:00', '[]'::jsonb, false
FROM generate_series(1, :rotations) r;
INSERT INTO rotation_overrides (id, rotation_id, start_at, end_at, member, reason, created_by, created_at)
SELECT md5('override-' || r || '-' || w)::uuid, md5('rotation-' || r)::uuid,
       :'t0'::timestamptz - interval '730 days' + w * interval '14 days',
       :'t0'::timestamptz - interval '730 days' + w * interval '14 days' + interval '1 day',
       'bench-agent-' || (1 + r % :teams) || '-1', 'Swap', 'bench-agent-x', :'t0'::timestamptz - interval '730 days'
FROM generate_series(1, :rotations) r, generate_series(0, 54) w;

RESET session_replication_role;
