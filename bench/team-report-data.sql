-- 500 reps, a year of data each (2026), for timing the manager's weekly report.
INSERT INTO mustdo.member (login, team, role) SELECT 'rep' || i, 'big', 'rep' FROM generate_series(1, 500) i;
INSERT INTO mustdo.customer (uid, owner, team, scope, number, name, tier, status, created_at)
  SELECT u, 'rep' || r, 'big', u, 'KH-' || c, 'Card ' || r || '-' || c, (ARRAY['key','important','general',''])[1 + c % 4],
         (ARRAY['prospect','customer','dormant','lost'])[1 + c % 4], to_char(date '2026-01-01' + (c % 300), 'YYYY-MM-DD') || 'T09:00:00'
  FROM generate_series(1, 500) r, generate_series(1, 200) c, LATERAL (SELECT md5(r || ':' || c)::uuid u) x;
INSERT INTO mustdo.visit (uid, owner, team, scope, customer, kind, at, result, created_at)
  SELECT md5('v' || r || ':' || n)::uuid, 'rep' || r, 'big', cu, cu, 'visit',
         to_char(date '2026-01-01' + (n % 330), 'YYYY-MM-DD') || ' 10:00', 'ok', '2026-01-01T00:00:00'
  FROM generate_series(1, 500) r, generate_series(1, 750) n, LATERAL (SELECT md5(r || ':' || (1 + n % 200))::uuid cu) x;
INSERT INTO mustdo.promise (uid, owner, team, scope, customer, visit, direction, kind, what, due, state, made_on)
  SELECT md5('p' || r || ':' || n)::uuid, 'rep' || r, 'big', cu, cu, CASE WHEN n % 2 = 0 THEN md5('v' || r || ':' || n)::uuid END,
         CASE WHEN n % 3 = 0 THEN 'theirs' ELSE 'ours' END, CASE WHEN n % 2 = 0 THEN 'action' ELSE 'general' END, 'x',
         to_char(date '2026-01-01' + (n % 330), 'YYYY-MM-DD'), CASE WHEN n % 5 = 0 THEN 'broken' ELSE 'kept' END, '2026-01-01'
  FROM generate_series(1, 500) r, generate_series(1, 300) n, LATERAL (SELECT md5(r || ':' || (1 + n % 200))::uuid cu) x;
INSERT INTO mustdo.promise_event (uid, owner, team, scope, promise, at, action)
  SELECT md5('e' || r || ':' || n || ':' || k)::uuid, 'rep' || r, 'big', md5(r || ':' || (1 + n % 200))::uuid, md5('p' || r || ':' || n)::uuid,
         to_char(date '2026-01-01' + (n % 330) + k, 'YYYY-MM-DD') || 'T10:00:00',
         CASE WHEN k = 0 THEN 'created' WHEN n % 5 = 0 THEN 'broken' ELSE 'kept' END
  FROM generate_series(1, 500) r, generate_series(1, 300) n, generate_series(0, 1) k;
INSERT INTO mustdo.customer_history (uid, owner, team, scope, customer, at, action, field, old, new)
  SELECT md5('h' || r || ':' || n)::uuid, 'rep' || r, 'big', cu, cu, to_char(date '2026-01-01' + (n % 330), 'YYYY-MM-DD') || 'T11:00:00',
         'edit', CASE WHEN n % 3 = 0 THEN 'status' ELSE 'phone' END, 'prospect', (ARRAY['customer','lost','dormant'])[1 + n % 3]
  FROM generate_series(1, 500) r, generate_series(1, 1000) n, LATERAL (SELECT md5(r || ':' || (1 + n % 200))::uuid cu) x;
INSERT INTO mustdo.completion (uid, owner, team, scope, period_kind, period_key, start_day, end_day, done, skipped, missed, total)
  SELECT u, 'rep' || r, 'big', u, 'day', to_char(d, 'YYYY-MM-DD'), d, d, 20, 2, 5, 27
  FROM generate_series(1, 500) r, generate_series(date '2026-01-01', date '2026-12-31', '1 day') d, LATERAL (SELECT md5('c' || r || d)::uuid u) x;
INSERT INTO mustdo.completion (uid, owner, team, scope, period_kind, period_key, start_day, end_day, done, skipped, missed, total)
  SELECT u, 'rep' || r, 'big', u, 'week', '2026-W' || lpad(w::text, 2, '0'), date '2025-12-29' + 7 * (w - 1), date '2025-12-29' + 7 * (w - 1) + 6, 12, 1, 3, 19
  FROM generate_series(1, 500) r, generate_series(1, 52) w, LATERAL (SELECT md5('w' || r || ':' || w)::uuid u) x;
ANALYZE;
