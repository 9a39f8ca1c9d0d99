-- A year of a sales team's synced data, generated on the server (bench/team.sh): for each generated salesperson
-- :cards customer cards pushed whole (a clock row per field), :history history lines, and the routine completion of
-- every day, week, month, quarter, half and the year of :year. Run as the administrator (no row-level security).
-- Variables: tag (login prefix), team, reps (generated salespeople), cards, history, year.
BEGIN;
CREATE TEMP TABLE gen_member AS
  SELECT format('%s_s%s', :'tag', lpad(g::text, 3, '0'))::name AS login, g FROM generate_series(1, :reps) g;
INSERT INTO mustdo.member (login, team, role) SELECT login, :'team', 'rep' FROM gen_member;

-- Every field as a MustDo client sends it: empty texts as '', the yes/no/unknown answers, no people or tags yet.
INSERT INTO mustdo.customer (uid, owner, team, scope, number, name, company, grade, address, phone, email, notes, status, created_by, created_at,
    decision_maker, needs, financial, business, purchasing, credit, relations, contact, tier, decision_date, buying_power, has_need,
    approachable, authority, lost_reason, personality, hobbies, family, social, birthday, trust, referred_by, people, tags)
  SELECT u, m.login, :'team', u, format('KH-%s-%s', m.g, k), format('customer %s of %s', k, m.login), format('company %s', k % 97),
         (ARRAY['A', 'B', 'C'])[1 + k % 3], format('street %s', k), (13800000000 + m.g * 1000 + k)::text, format('c%s@example.com', k),
         'met at the fair', (ARRAY['prospect', 'customer', 'dormant', 'lost'])[1 + k % 4], m.login,
         to_char(make_date(:year, 1, 1) + (k * 3 % 365), 'YYYY-MM-DD"T"09:00:00'),
         '', '', '', '', '', '', '', '', '', '', 'unknown', 'unknown', 'unknown', 'unknown', '', '', '', '', '', '', '', '', '[]', '[]'
  FROM gen_member m, generate_series(1, :cards) k, LATERAL (SELECT md5(m.login || ':c:' || k)::uuid AS u) x;

INSERT INTO mustdo.customer_history (uid, owner, team, scope, customer, at, action, field, old, new)
  SELECT md5(m.login || ':h:' || k)::uuid, m.login, :'team', c, c,
         to_char(make_date(:year, 1, 1) + (k * 7 % 365) + make_interval(hours => 8 + k % 10), 'YYYY-MM-DD"T"HH24:MI:SS'),
         'edit', f, 'before', CASE f WHEN 'status' THEN (ARRAY['customer', 'lost', 'prospect'])[1 + k % 3] ELSE 'after' END
  FROM gen_member m, generate_series(1, :history) k,
       LATERAL (SELECT md5(m.login || ':c:' || (1 + k % :cards))::uuid AS c, (ARRAY['status', 'phone', 'notes', 'grade'])[1 + k % 4] AS f) x;

INSERT INTO mustdo.completion (uid, owner, team, scope, period_kind, period_key, start_day, end_day, done, skipped, missed, total)
  SELECT u, m.login, :'team', u, p.kind, p.key, p.s, p.e, d.done, 1, p.total - d.done - 1, p.total
  FROM gen_member m,
       (SELECT 'day' AS kind, to_char(d, 'YYYY-MM-DD') AS key, d::date AS s, d::date AS e, 12 AS total
          FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 31), '1 day') d
        UNION ALL SELECT DISTINCT 'week', to_char(d, 'IYYY-"W"IW'), date_trunc('week', d)::date, (date_trunc('week', d) + interval '6 days')::date, 8
          FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 31), '1 day') d
        UNION ALL SELECT 'month', to_char(d, 'YYYY-MM'), d::date, (d + interval '1 month' - interval '1 day')::date, 10
          FROM generate_series(make_date(:year, 1, 1), make_date(:year, 12, 1), '1 month') d
        UNION ALL SELECT 'quarter', to_char(d, 'YYYY-"Q"Q'), d::date, (d + interval '3 months' - interval '1 day')::date, 6
          FROM generate_series(make_date(:year, 1, 1), make_date(:year, 10, 1), '3 months') d
        UNION ALL SELECT 'half', format('%s-H%s', :year, h), make_date(:year, 6 * h - 5, 1), (make_date(:year, 6 * h - 5, 1) + interval '6 months' - interval '1 day')::date, 5
          FROM generate_series(1, 2) h
        UNION ALL SELECT 'year', :year::text, make_date(:year, 1, 1), make_date(:year, 12, 31), 4) p,
       LATERAL (SELECT md5(m.login || ':completion:' || p.kind || '|' || p.key)::uuid AS u, (m.g + length(p.key)) % (p.total - 1) AS done) d;

-- The clocks (a row per field, as a push writes them) and the change log (one change per row pushed whole).
INSERT INTO mustdo.field_clock (entity, uid, field, team, owner, scope, value, at, author, change_id, seq)
  SELECT 'customer', c.uid, f.key, c.team, c.owner, c.scope, f.value, now(), c.owner, md5('x' || c.uid)::uuid, nextval('mustdo.change_seq')
  FROM mustdo.customer c JOIN gen_member m ON m.login = c.owner,
       jsonb_each(to_jsonb(c) - 'uid' - 'owner' - 'team' - 'scope' - 'last_contact' - 'touch_interval' - 'touch_from') f;  -- (kept by the server)
INSERT INTO mustdo.field_clock (entity, uid, field, team, owner, scope, value, at, author, change_id, seq)
  SELECT 'customer_history', h.uid, f.key, h.team, h.owner, h.scope,
         CASE WHEN f.key IN ('customer', 'other') AND f.value <> 'null' THEN to_jsonb(replace(f.value #>> '{}', '-', '')) ELSE f.value END, now(), h.owner, md5('x' || h.uid)::uuid, nextval('mustdo.change_seq')
  FROM mustdo.customer_history h JOIN gen_member m ON m.login = h.owner, jsonb_each(to_jsonb(h) - 'uid' - 'owner' - 'team' - 'scope') f;
INSERT INTO mustdo.field_clock (entity, uid, field, team, owner, scope, value, at, author, change_id, seq)
  SELECT 'completion', p.uid, f.key, p.team, p.owner, p.scope, f.value, now(), p.owner, md5('x' || p.uid)::uuid, nextval('mustdo.change_seq')
  FROM mustdo.completion p JOIN gen_member m ON m.login = p.owner, jsonb_each(to_jsonb(p) - 'uid' - 'owner' - 'team' - 'scope') f;
INSERT INTO mustdo.change (change_id, seq, team, author, entity, uid, at, outcome)
  SELECT DISTINCT ON (change_id) change_id, seq, team, author, entity, uid, at, 'applied' FROM mustdo.field_clock f
  WHERE f.author IN (SELECT login FROM gen_member) ORDER BY change_id, seq;
COMMIT;
VACUUM ANALYZE;
