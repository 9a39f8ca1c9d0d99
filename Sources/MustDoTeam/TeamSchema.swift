/// The team schema on the PostgreSQL server, as named, ordered migrations recorded in `mustdo.migration`.
///
/// `mustdo team init` runs the ones not yet recorded, all in one transaction under an advisory lock, so two
/// administrators running it at once, or a second run, change nothing. Never edit a shipped migration; add one.
/// Adding a synced kind of row (visits, promises) is one migration: its table with `uid, owner, team, scope`
/// and its columns, its row-level security policies, and a row in `mustdo.entity` naming the columns a client
/// may write; plus its entry in the client's `SyncRegistry`.
public enum TeamSchema {
    /// The migrations, in order: name and SQL.
    public static let migrations: [(name: String, sql: String)] = [
        ("t1-roles-members", rolesAndMembers),
        ("t2-sync-core", syncCore),
        ("t3-customers-completion", customersAndCompletion),
        ("t4-report-views", reportViews),
        ("t5-visits-promises", visitsAndPromises),
        ("t6-report-activity", reportActivity),
        ("t7-sync-speed", syncSpeed),
        ("t8-report-active-cards", reportActiveCards),
        ("t9-customer-contact-every", customerContactEvery),
        ("t10-report-touch", reportTouch),
        ("t11-push-write-check", pushWriteCheck),
        ("t12-pull-by-reader", pullByReader),
    ]

    /// The group roles, the member list and the functions policies ask (`my_team`, `is_manager`, `can_read`, `can_write`).
    static let rolesAndMembers = """
        DO $$ BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mustdo_rep') THEN CREATE ROLE mustdo_rep NOLOGIN; END IF;
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mustdo_manager') THEN CREATE ROLE mustdo_manager NOLOGIN; END IF;
        END $$;
        REVOKE ALL ON SCHEMA mustdo FROM PUBLIC;
        GRANT USAGE ON SCHEMA mustdo TO mustdo_rep, mustdo_manager;
        -- One row per person: the login role, the team and the part they play. A removed member keeps the row (their
        -- rows keep their owner) and loses the login.
        CREATE TABLE mustdo.member (
          login name PRIMARY KEY,
          team text NOT NULL,
          role text NOT NULL CHECK (role IN ('rep', 'manager')),
          added_at timestamptz NOT NULL DEFAULT now(),
          removed_at timestamptz,
          last_sync_at timestamptz,
          last_pushed integer,
          pending integer
        );
        -- Policies call these as the table owner (SECURITY DEFINER): a member cannot read the member table directly.
        CREATE FUNCTION mustdo.my_team() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS
          $f$ SELECT team FROM mustdo.member WHERE login = session_user AND removed_at IS NULL $f$;
        CREATE FUNCTION mustdo.is_manager() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS
          $f$ SELECT coalesce((SELECT role = 'manager' FROM mustdo.member WHERE login = session_user AND removed_at IS NULL), false) $f$;
        ALTER TABLE mustdo.member ENABLE ROW LEVEL SECURITY;
        CREATE POLICY member_same_team ON mustdo.member FOR SELECT USING (team = mustdo.my_team());
        GRANT SELECT ON mustdo.member TO mustdo_rep, mustdo_manager;
        -- A member sharing a customer with a colleague of the same team: the colleague reads and writes it.
        CREATE TABLE mustdo.share (
          scope uuid NOT NULL,
          grantee name NOT NULL,
          owner name NOT NULL DEFAULT session_user,
          team text NOT NULL DEFAULT mustdo.my_team(),
          PRIMARY KEY (scope, grantee)
        );
        CREATE FUNCTION mustdo.can_read(p_team text, p_owner name, p_scope uuid) RETURNS boolean LANGUAGE sql STABLE
          SECURITY DEFINER SET search_path = pg_catalog AS $f$
          SELECT p_team = mustdo.my_team() AND (p_owner = session_user OR mustdo.is_manager()
                 OR EXISTS (SELECT 1 FROM mustdo.share s WHERE s.scope = p_scope AND (s.grantee = session_user OR s.owner = session_user)
                            AND s.team = p_team))
          $f$;
        CREATE FUNCTION mustdo.can_write(p_team text, p_owner name, p_scope uuid) RETURNS boolean LANGUAGE sql STABLE
          SECURITY DEFINER SET search_path = pg_catalog AS $f$
          SELECT p_team = mustdo.my_team() AND (p_owner = session_user
                 OR EXISTS (SELECT 1 FROM mustdo.share s WHERE s.scope = p_scope AND s.grantee = session_user AND s.team = p_team))
          $f$;
        ALTER TABLE mustdo.share ENABLE ROW LEVEL SECURITY;
        CREATE POLICY share_read ON mustdo.share FOR SELECT USING (team = mustdo.my_team() AND (owner = session_user OR grantee = session_user OR mustdo.is_manager()));
        CREATE POLICY share_add ON mustdo.share FOR INSERT WITH CHECK (owner = session_user AND team = mustdo.my_team());
        CREATE POLICY share_remove ON mustdo.share FOR DELETE USING (owner = session_user);
        GRANT SELECT, INSERT, DELETE ON mustdo.share TO mustdo_rep, mustdo_manager;
        REVOKE ALL ON FUNCTION mustdo.my_team(), mustdo.is_manager(), mustdo.can_read(text, name, uuid), mustdo.can_write(text, name, uuid) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.my_team(), mustdo.is_manager(), mustdo.can_read(text, name, uuid), mustdo.can_write(text, name, uuid)
          TO mustdo_rep, mustdo_manager;
        """

    /// The change log (stable ids, applied once), the per-field clocks the sync pulls from, conflicts, the entity
    /// registry and `push`, the function that applies a batch of changes under the team's advisory lock.
    static let syncCore = """
        CREATE SEQUENCE mustdo.change_seq;
        GRANT USAGE ON SEQUENCE mustdo.change_seq TO mustdo_rep, mustdo_manager;
        -- What a client may write: the table of each synced kind and its columns.
        CREATE TABLE mustdo.entity (name text PRIMARY KEY, table_name text NOT NULL, columns text[] NOT NULL);
        GRANT SELECT ON mustdo.entity TO mustdo_rep, mustdo_manager;
        -- Every change a client pushed, by its id: a retried push finds it here and is not applied twice.
        CREATE TABLE mustdo.change (
          change_id uuid PRIMARY KEY,
          seq bigint NOT NULL,
          team text NOT NULL,
          author name NOT NULL,
          entity text NOT NULL,
          uid uuid NOT NULL,
          at timestamptz NOT NULL,
          received_at timestamptz NOT NULL DEFAULT now(),
          outcome text NOT NULL CHECK (outcome IN ('applied', 'rejected'))
        );
        CREATE INDEX change_by_author ON mustdo.change (author, seq);
        ALTER TABLE mustdo.change ENABLE ROW LEVEL SECURITY;
        CREATE POLICY change_read ON mustdo.change FOR SELECT USING (author = session_user OR (mustdo.is_manager() AND team = mustdo.my_team()));
        CREATE POLICY change_add ON mustdo.change FOR INSERT WITH CHECK (author = session_user AND team = mustdo.my_team());
        GRANT SELECT, INSERT ON mustdo.change TO mustdo_rep, mustdo_manager;
        -- The winning value of every field with who wrote it, when, and the sequence number a pull starts after.
        CREATE TABLE mustdo.field_clock (
          entity text NOT NULL,
          uid uuid NOT NULL,
          field text NOT NULL,
          team text NOT NULL,
          owner name NOT NULL,
          scope uuid NOT NULL,
          value jsonb,
          at timestamptz NOT NULL,
          author name NOT NULL,
          change_id uuid NOT NULL,
          seq bigint NOT NULL,
          PRIMARY KEY (entity, uid, field)
        );
        CREATE INDEX field_clock_by_seq ON mustdo.field_clock (team, seq);
        ALTER TABLE mustdo.field_clock ENABLE ROW LEVEL SECURITY;
        CREATE POLICY field_clock_read ON mustdo.field_clock FOR SELECT USING (mustdo.can_read(team, owner, scope));
        CREATE POLICY field_clock_add ON mustdo.field_clock FOR INSERT WITH CHECK (mustdo.can_write(team, owner, scope));
        CREATE POLICY field_clock_change ON mustdo.field_clock FOR UPDATE USING (mustdo.can_write(team, owner, scope));
        GRANT SELECT, INSERT, UPDATE ON mustdo.field_clock TO mustdo_rep, mustdo_manager;
        -- Two people changed one field without seeing each other's change: the later one is kept, the other stays here.
        CREATE TABLE mustdo.conflict (
          id bigserial PRIMARY KEY,
          seq bigint NOT NULL,
          team text NOT NULL,
          owner name NOT NULL,
          scope uuid NOT NULL,
          entity text NOT NULL,
          uid uuid NOT NULL,
          field text NOT NULL,
          kept_value jsonb, kept_author name NOT NULL, kept_at timestamptz NOT NULL,
          lost_value jsonb, lost_author name NOT NULL, lost_at timestamptz NOT NULL
        );
        ALTER TABLE mustdo.conflict ENABLE ROW LEVEL SECURITY;
        CREATE POLICY conflict_read ON mustdo.conflict FOR SELECT USING (mustdo.can_read(team, owner, scope));
        CREATE POLICY conflict_add ON mustdo.conflict FOR INSERT WITH CHECK (team = mustdo.my_team());
        GRANT SELECT, INSERT ON mustdo.conflict TO mustdo_rep, mustdo_manager;
        GRANT USAGE ON SEQUENCE mustdo.conflict_id_seq TO mustdo_rep, mustdo_manager;

        -- Applies a batch of changes as the member (row-level security applies), in the caller's transaction.
        -- p_base is the last sequence number the client pulled: a field changed by someone else after it is a
        -- conflict, decided by the later edit time (then the change id); the loser is kept in mustdo.conflict.
        -- Each element: {"id", "entity", "uid" (or "key" for one row per member and key), "scope", "at", "fields": {}}.
        CREATE FUNCTION mustdo.push(p_base bigint, p_changes jsonb) RETURNS jsonb LANGUAGE plpgsql
          SET search_path = pg_catalog AS $f$
        DECLARE
          v_team text := mustdo.my_team();
          v_c jsonb;
          v_ent record;
          v_uid uuid;
          v_scope uuid;
          v_at timestamptz;
          v_id uuid;
          v_seq bigint;
          v_owner name;
          v_row_team text;
          v_row_scope uuid;
          v_key text;
          v_val jsonb;
          v_cvalue jsonb;
          v_cat timestamptz;
          v_cauthor name;
          v_cid uuid;
          v_cseq bigint;
          v_winners jsonb;
          v_set text;
          v_wins boolean;
          v_applied int := 0;
          v_duplicate int := 0;
          v_rejected int := 0;
        BEGIN
          IF v_team IS NULL THEN
            RAISE EXCEPTION 'mustdo: % is not a member of a team', session_user USING ERRCODE = '42501';
          END IF;
          -- One pusher per team at a time: sequence numbers then commit in order, so a pull after N misses nothing.
          PERFORM pg_advisory_xact_lock(hashtext('mustdo-team:' || v_team));
          FOR v_c IN SELECT * FROM jsonb_array_elements(p_changes) LOOP
            v_id := (v_c->>'id')::uuid;
            v_at := (v_c->>'at')::timestamptz;
            SELECT * INTO v_ent FROM mustdo.entity WHERE name = v_c->>'entity';
            IF NOT FOUND THEN
              RAISE EXCEPTION 'mustdo: unknown kind of row %', v_c->>'entity' USING ERRCODE = '22023';
            END IF;
            v_uid := coalesce((v_c->>'uid')::uuid, md5(session_user || ':' || (v_c->>'entity') || ':' || (v_c->>'key'))::uuid);
            v_scope := coalesce((v_c->>'scope')::uuid, v_uid);
            IF EXISTS (SELECT 1 FROM mustdo.change WHERE change_id = v_id) THEN
              v_duplicate := v_duplicate + 1;  -- pushed before, its reply lost: applied once
              CONTINUE;
            END IF;
            v_seq := nextval('mustdo.change_seq');
            v_owner := NULL;
            EXECUTE format('SELECT owner, team, scope FROM mustdo.%I WHERE uid = $1', v_ent.table_name)
              INTO v_owner, v_row_team, v_row_scope USING v_uid;
            IF v_owner IS NULL THEN
              BEGIN
                EXECUTE format('INSERT INTO mustdo.%I (uid, owner, team, scope) VALUES ($1, session_user, $2, $3)', v_ent.table_name)
                  USING v_uid, v_team, v_scope;
                v_owner := session_user; v_row_team := v_team; v_row_scope := v_scope;
              EXCEPTION WHEN unique_violation OR insufficient_privilege THEN
                v_owner := NULL;  -- someone else's row this member may not see
              END;
            END IF;
            IF v_owner IS NULL OR NOT mustdo.can_write(v_row_team, v_owner, v_row_scope) THEN
              INSERT INTO mustdo.change (change_id, seq, team, author, entity, uid, at, outcome)
                VALUES (v_id, v_seq, v_team, session_user, v_c->>'entity', v_uid, v_at, 'rejected');
              v_rejected := v_rejected + 1;
              CONTINUE;
            END IF;
            INSERT INTO mustdo.change (change_id, seq, team, author, entity, uid, at, outcome)
              VALUES (v_id, v_seq, v_team, session_user, v_c->>'entity', v_uid, v_at, 'applied');
            -- Each field against its clock (one query for the row), then one UPDATE and one clock upsert for the winners.
            v_winners := '{}'::jsonb;
            FOR v_key, v_val, v_cvalue, v_cat, v_cauthor, v_cid, v_cseq IN
              SELECT f.key, f.value, c.value, c.at, c.author, c.change_id, c.seq
              FROM jsonb_each(v_c->'fields') f
              LEFT JOIN mustdo.field_clock c ON c.entity = v_ent.name AND c.uid = v_uid AND c.field = f.key
            LOOP
              IF NOT v_key = ANY (v_ent.columns) THEN
                RAISE EXCEPTION 'mustdo: % has no column %', v_ent.name, v_key USING ERRCODE = '22023';
              END IF;
              IF v_cseq IS NULL OR v_cauthor = session_user OR v_cseq <= p_base THEN
                v_wins := true;  -- the first value, or a change made after seeing the current one
              ELSE
                v_wins := (v_at, v_id::text) > (v_cat, v_cid::text);
                IF v_cvalue IS DISTINCT FROM v_val THEN
                  INSERT INTO mustdo.conflict (seq, team, owner, scope, entity, uid, field, kept_value, kept_author, kept_at, lost_value, lost_author, lost_at)
                  VALUES (v_seq, v_row_team, v_owner, v_row_scope, v_ent.name, v_uid, v_key,
                          CASE WHEN v_wins THEN v_val ELSE v_cvalue END, CASE WHEN v_wins THEN session_user ELSE v_cauthor END,
                          CASE WHEN v_wins THEN v_at ELSE v_cat END,
                          CASE WHEN v_wins THEN v_cvalue ELSE v_val END, CASE WHEN v_wins THEN v_cauthor ELSE session_user END,
                          CASE WHEN v_wins THEN v_cat ELSE v_at END);
                END IF;
              END IF;
              IF v_wins THEN v_winners := v_winners || jsonb_build_object(v_key, v_val); END IF;
            END LOOP;
            IF v_winners <> '{}'::jsonb THEN
              SELECT string_agg(format('%I = r.%I', k, k), ', ') INTO v_set FROM jsonb_object_keys(v_winners) k;
              EXECUTE format('UPDATE mustdo.%I t SET %s FROM jsonb_populate_record(NULL::mustdo.%I, $1) r WHERE t.uid = $2',
                             v_ent.table_name, v_set, v_ent.table_name)
                USING v_winners, v_uid;
              INSERT INTO mustdo.field_clock AS f (entity, uid, field, team, owner, scope, value, at, author, change_id, seq)
                SELECT v_ent.name, v_uid, w.key, v_row_team, v_owner, v_row_scope, w.value, v_at, session_user, v_id, v_seq
                FROM jsonb_each(v_winners) w
                ON CONFLICT (entity, uid, field) DO UPDATE SET value = EXCLUDED.value, at = EXCLUDED.at, author = EXCLUDED.author,
                  change_id = EXCLUDED.change_id, seq = EXCLUDED.seq;
            END IF;
            v_applied := v_applied + 1;
          END LOOP;
          RETURN jsonb_build_object('applied', v_applied, 'duplicate', v_duplicate, 'rejected', v_rejected);
        END $f$;
        REVOKE ALL ON FUNCTION mustdo.push(bigint, jsonb) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.push(bigint, jsonb) TO mustdo_rep, mustdo_manager;

        -- A member records their sync (who synced when, what is still pending); only their own row.
        CREATE FUNCTION mustdo.note_sync(p_pushed integer, p_pending integer) RETURNS void LANGUAGE sql
          SECURITY DEFINER SET search_path = pg_catalog AS $f$
          UPDATE mustdo.member SET last_sync_at = now(), last_pushed = p_pushed, pending = p_pending
          WHERE login = session_user AND removed_at IS NULL
          $f$;
        REVOKE ALL ON FUNCTION mustdo.note_sync(integer, integer) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.note_sync(integer, integer) TO mustdo_rep, mustdo_manager;

        -- Sharing a row with a colleague: the share, and the row's fields marked new so the colleague's next pull gets them.
        CREATE FUNCTION mustdo.share_with(p_scope uuid, p_grantee name) RETURNS void LANGUAGE plpgsql
          SET search_path = pg_catalog AS $f$
        BEGIN
          PERFORM pg_advisory_xact_lock(hashtext('mustdo-team:' || mustdo.my_team()));
          INSERT INTO mustdo.share (scope, grantee) VALUES (p_scope, p_grantee) ON CONFLICT DO NOTHING;
          UPDATE mustdo.field_clock SET seq = nextval('mustdo.change_seq') WHERE scope = p_scope;
        END $f$;
        REVOKE ALL ON FUNCTION mustdo.share_with(uuid, name) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.share_with(uuid, name) TO mustdo_rep, mustdo_manager;
        """

    /// The customer file (cards with people and tags as JSON, history) and the routine completion per period.
    static let customersAndCompletion = """
        CREATE TABLE mustdo.customer (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          number text, name text, company text, decision_maker text, grade text, address text, phone text, email text,
          needs text, financial text, business text, purchasing text, credit text, relations text, contact text,
          created_by text, notes text, tier text, decision_date text, buying_power text, has_need text, approachable text,
          authority text, status text, lost_reason text, personality text, hobbies text, family text, social text,
          birthday text, trust text, referred_by text, created_at text, reviewed_on text, archived_at text,
          forgotten_at text, merged_into uuid, people jsonb, tags jsonb
        );
        CREATE TABLE mustdo.customer_history (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          customer uuid, at text, action text, field text, old text, new text, other uuid
        );
        CREATE TABLE mustdo.completion (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          period_kind text, period_key text, start_day date, end_day date,
          done integer, skipped integer, missed integer, total integer
        );
        INSERT INTO mustdo.entity (name, table_name, columns) VALUES
          ('customer', 'customer', ARRAY['number', 'name', 'company', 'decision_maker', 'grade', 'address', 'phone', 'email',
            'needs', 'financial', 'business', 'purchasing', 'credit', 'relations', 'contact', 'created_by', 'notes', 'tier',
            'decision_date', 'buying_power', 'has_need', 'approachable', 'authority', 'status', 'lost_reason', 'personality',
            'hobbies', 'family', 'social', 'birthday', 'trust', 'referred_by', 'created_at', 'reviewed_on', 'archived_at',
            'forgotten_at', 'merged_into', 'people', 'tags']),
          ('customer_history', 'customer_history', ARRAY['customer', 'at', 'action', 'field', 'old', 'new', 'other']),
          ('completion', 'completion', ARRAY['period_kind', 'period_key', 'start_day', 'end_day', 'done', 'skipped', 'missed', 'total']);
        DO $$ DECLARE t text; BEGIN
          FOREACH t IN ARRAY ARRAY['customer', 'customer_history', 'completion'] LOOP
            EXECUTE format('ALTER TABLE mustdo.%I ENABLE ROW LEVEL SECURITY', t);
            EXECUTE format('CREATE POLICY %I ON mustdo.%I FOR SELECT USING (mustdo.can_read(team, owner, scope))', t || '_read', t);
            EXECUTE format('CREATE POLICY %I ON mustdo.%I FOR INSERT WITH CHECK (owner = session_user AND team = mustdo.my_team())', t || '_add', t);
            EXECUTE format('GRANT SELECT, INSERT ON mustdo.%I TO mustdo_rep, mustdo_manager', t);
            EXECUTE format('CREATE INDEX %I ON mustdo.%I (team, owner)', t || '_by_owner', t);
          END LOOP;
        END $$;
        -- Cards: the owner and colleagues it is shared with change them; nobody moves a row to another owner or team.
        CREATE POLICY customer_change ON mustdo.customer FOR UPDATE USING (mustdo.can_write(team, owner, scope));
        GRANT UPDATE (number, name, company, decision_maker, grade, address, phone, email, needs, financial, business,
          purchasing, credit, relations, contact, created_by, notes, tier, decision_date, buying_power, has_need, approachable,
          authority, status, lost_reason, personality, hobbies, family, social, birthday, trust, referred_by, created_at,
          reviewed_on, archived_at, forgotten_at, merged_into, people, tags) ON mustdo.customer TO mustdo_rep, mustdo_manager;
        -- History: only its author changes it (a forget erases the texts); nobody changes another person's history.
        CREATE POLICY customer_history_change ON mustdo.customer_history FOR UPDATE USING (owner = session_user);
        GRANT UPDATE (customer, at, action, field, old, new, other) ON mustdo.customer_history TO mustdo_rep, mustdo_manager;
        CREATE POLICY completion_change ON mustdo.completion FOR UPDATE USING (owner = session_user);
        GRANT UPDATE (period_kind, period_key, start_day, end_day, done, skipped, missed, total) ON mustdo.completion TO mustdo_rep, mustdo_manager;
        """

    /// The manager's roll-up as views over the synced rows. `security_invoker`: the reader's row-level security
    /// applies, so a rep running them sees only themselves and a manager the whole team.
    static let reportViews = """
        -- Per person and period: routine completion as each member's MustDo summarised it.
        CREATE VIEW mustdo.report_completion WITH (security_invoker = true) AS
          SELECT team, owner, period_kind, period_key, start_day, end_day, done, skipped, missed, total,
                 round(100.0 * done / nullif(total, 0), 1) AS percent
          FROM mustdo.completion;
        -- Per person and day: status changes of their cards (won = became a customer, lost = became lost).
        CREATE VIEW mustdo.report_customer_moves WITH (security_invoker = true) AS
          SELECT h.team, h.owner, substr(h.at, 1, 10)::date AS day,
                 count(*) FILTER (WHERE h.new = 'customer') AS won,
                 count(*) FILTER (WHERE h.new = 'lost') AS lost
          FROM mustdo.customer_history h
          WHERE h.action = 'edit' AND h.field = 'status'
          GROUP BY h.team, h.owner, substr(h.at, 1, 10)::date;
        GRANT SELECT ON mustdo.report_completion, mustdo.report_customer_moves TO mustdo_rep, mustdo_manager;
        """

    /// Visits, appointments, promises and promise history: read by whoever reads their card (scope = the card),
    /// written only by their owner. The field clocks of these and of card history can be written only by the row's
    /// owner too, so a colleague a card is shared with cannot change someone else's history through `push`.
    static let visitsAndPromises = """
        CREATE TABLE mustdo.visit (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          customer uuid, kind text, at text, person text, goal text, target_high text, target_medium text, target_low text,
          happened text, result text, created_at text
        );
        CREATE TABLE mustdo.appointment (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          customer uuid, visit uuid, at text, place text, about text, state text, reason text, told_at text, created_at text
        );
        CREATE TABLE mustdo.promise (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          customer uuid, visit uuid, direction text, kind text, who text, what text, due text, conditions text,
          in_writing integer, credibility text, credibility_note text, remind_days integer, state text, made_on text,
          checked_on text, created_at text
        );
        CREATE TABLE mustdo.promise_event (
          uid uuid PRIMARY KEY, owner name NOT NULL, team text NOT NULL, scope uuid NOT NULL,
          promise uuid, at text, action text, old_due text, new_due text, note text
        );
        INSERT INTO mustdo.entity (name, table_name, columns) VALUES
          ('visit', 'visit', ARRAY['customer', 'kind', 'at', 'person', 'goal', 'target_high', 'target_medium', 'target_low',
            'happened', 'result', 'created_at']),
          ('appointment', 'appointment', ARRAY['customer', 'visit', 'at', 'place', 'about', 'state', 'reason', 'told_at', 'created_at']),
          ('promise', 'promise', ARRAY['customer', 'visit', 'direction', 'kind', 'who', 'what', 'due', 'conditions', 'in_writing',
            'credibility', 'credibility_note', 'remind_days', 'state', 'made_on', 'checked_on', 'created_at']),
          ('promise_event', 'promise_event', ARRAY['promise', 'at', 'action', 'old_due', 'new_due', 'note']);
        DO $$ DECLARE t text; BEGIN
          FOREACH t IN ARRAY ARRAY['visit', 'appointment', 'promise', 'promise_event'] LOOP
            EXECUTE format('ALTER TABLE mustdo.%I ENABLE ROW LEVEL SECURITY', t);
            EXECUTE format('CREATE POLICY %I ON mustdo.%I FOR INSERT WITH CHECK (owner = session_user AND team = mustdo.my_team())', t || '_add', t);
            EXECUTE format('CREATE POLICY %I ON mustdo.%I FOR UPDATE USING (owner = session_user)', t || '_change', t);
            EXECUTE format('GRANT SELECT, INSERT ON mustdo.%I TO mustdo_rep, mustdo_manager', t);
            EXECUTE format('CREATE INDEX %I ON mustdo.%I (team, owner)', t || '_by_owner', t);
          END LOOP;
        END $$;
        GRANT UPDATE (customer, kind, at, person, goal, target_high, target_medium, target_low, happened, result, created_at)
          ON mustdo.visit TO mustdo_rep, mustdo_manager;
        GRANT UPDATE (customer, visit, at, place, about, state, reason, told_at, created_at) ON mustdo.appointment TO mustdo_rep, mustdo_manager;
        GRANT UPDATE (customer, visit, direction, kind, who, what, due, conditions, in_writing, credibility, credibility_note,
          remind_days, state, made_on, checked_on, created_at) ON mustdo.promise TO mustdo_rep, mustdo_manager;
        GRANT UPDATE (promise, at, action, old_due, new_due, note) ON mustdo.promise_event TO mustdo_rep, mustdo_manager;
        CREATE INDEX visit_by_customer ON mustdo.visit (customer, at);
        CREATE INDEX promise_by_visit ON mustdo.promise (visit) WHERE kind = 'action';
        CREATE INDEX promise_event_by_promise ON mustdo.promise_event (promise);
        -- Reading: the same rule as mustdo.can_read, written so that the member checks run once per query (an InitPlan)
        -- instead of once per row: a manager's report over 375,000 visits took 122 s through the function, 0.2 s so.
        DO $$ DECLARE t text; BEGIN
          FOREACH t IN ARRAY ARRAY['customer', 'customer_history', 'completion', 'visit', 'appointment', 'promise', 'promise_event'] LOOP
            EXECUTE format('DROP POLICY IF EXISTS %I ON mustdo.%I', t || '_read', t);
            EXECUTE format('CREATE POLICY %I ON mustdo.%I FOR SELECT USING (team = (SELECT mustdo.my_team()) AND (owner = session_user '
                           'OR (SELECT mustdo.is_manager()) OR EXISTS (SELECT 1 FROM mustdo.share s WHERE s.scope = %I.scope '
                           'AND s.team = %I.team AND (s.grantee = session_user OR s.owner = session_user))))', t || '_read', t, t, t);
          END LOOP;
        END $$;
        -- Nobody changes another person's history: a shared card's colleague may edit the card, not its history,
        -- visits or promises (a push naming one fails and changes nothing).
        CREATE POLICY field_clock_own_history_add ON mustdo.field_clock AS RESTRICTIVE FOR INSERT
          WITH CHECK (entity NOT IN ('customer_history', 'visit', 'appointment', 'promise', 'promise_event') OR owner = session_user);
        CREATE POLICY field_clock_own_history_change ON mustdo.field_clock AS RESTRICTIVE FOR UPDATE
          USING (entity NOT IN ('customer_history', 'visit', 'appointment', 'promise', 'promise_event') OR owner = session_user);
        """

    /// The rest of the manager's roll-up as views (`security_invoker`, so a rep sees only their own lines): contacts
    /// per day and those that won a customer action, promises kept and broken per day and direction, and each
    /// card's contact rhythm (its tier's interval: key 7 days, important 14, general or unset 30).
    static let reportActivity = """
        -- Each dated row keeps its day as ISO text ('2026-11-20') in a stored column with an index: text comparison is
        -- leakproof, so PostgreSQL may use the index under row-level security (an expression like substr(at, 1, 10)
        -- is not, and forced a scan of every visit of the team).
        ALTER TABLE mustdo.visit ADD COLUMN day text GENERATED ALWAYS AS (substr(at, 1, 10)) STORED;
        ALTER TABLE mustdo.promise_event ADD COLUMN day text GENERATED ALWAYS AS (substr(at, 1, 10)) STORED;
        ALTER TABLE mustdo.customer_history ADD COLUMN day text GENERATED ALWAYS AS (substr(at, 1, 10)) STORED;
        CREATE INDEX visit_by_day ON mustdo.visit (team, day);
        CREATE INDEX promise_event_settled_by_day ON mustdo.promise_event (team, day) WHERE action IN ('kept', 'broken');
        CREATE INDEX customer_history_status_by_day ON mustdo.customer_history (team, day) WHERE action = 'edit' AND field = 'status';
        CREATE INDEX completion_by_period ON mustdo.completion (team, period_kind, period_key);
        CREATE INDEX completion_days ON mustdo.completion (team, start_day) WHERE period_kind = 'day';
        -- Per person and day: contacts (visits, calls, messages, meals) and those that won a customer action.
        CREATE VIEW mustdo.report_visits WITH (security_invoker = true) AS
          SELECT v.team, v.owner, v.day, count(*) AS visits,
                 count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mustdo.promise p WHERE p.visit = v.uid AND p.kind = 'action')) AS won_action
          FROM mustdo.visit v
          GROUP BY v.team, v.owner, v.day;
        -- Per person, day and direction (ours, theirs): promises marked kept or broken that day.
        CREATE VIEW mustdo.report_promises WITH (security_invoker = true) AS
          SELECT e.team, e.owner, e.day, p.direction,
                 count(*) FILTER (WHERE e.action = 'kept') AS kept, count(*) FILTER (WHERE e.action = 'broken') AS broken
          FROM mustdo.promise_event e JOIN mustdo.promise p ON p.uid = e.promise
          WHERE e.action IN ('kept', 'broken')
          GROUP BY e.team, e.owner, e.day, p.direction;
        -- Per person and day: cards that became customers (won) and cards lost (status changes in the card history).
        CREATE VIEW mustdo.report_status_moves WITH (security_invoker = true) AS
          SELECT h.team, h.owner, h.day,
                 count(*) FILTER (WHERE h.new = 'customer') AS won, count(*) FILTER (WHERE h.new = 'lost') AS lost
          FROM mustdo.customer_history h
          WHERE h.action = 'edit' AND h.field = 'status'
          GROUP BY h.team, h.owner, h.day;
        -- Each card still in play (not lost, archived, forgotten or merged): its owner, the day it was made and the
        -- most days that may pass without contact.
        CREATE VIEW mustdo.report_cards WITH (security_invoker = true) AS
          SELECT c.team, c.owner, c.uid, c.number, c.name, c.tier, substr(c.created_at, 1, 10) AS created_day,
                 CASE c.tier WHEN 'key' THEN 7 WHEN 'important' THEN 14 ELSE 30 END AS interval_days
          FROM mustdo.customer c
          WHERE coalesce(c.status, '') <> 'lost' AND coalesce(c.archived_at, '') = '' AND coalesce(c.forgotten_at, '') = ''
            AND c.merged_into IS NULL AND coalesce(c.created_at, '') <> '';
        -- Every contact's day per card, for "days since the last contact on a given day".
        CREATE VIEW mustdo.report_contacts WITH (security_invoker = true) AS
          SELECT v.team, v.customer, v.day FROM mustdo.visit v WHERE v.customer IS NOT NULL;
        GRANT SELECT ON mustdo.report_visits, mustdo.report_promises, mustdo.report_status_moves, mustdo.report_cards,
          mustdo.report_contacts TO mustdo_rep, mustdo_manager;
        """

    /// Sync speed (`bench/team.sh`): the policies ask `my_team`, `is_manager` and the member's shared scopes once per
    /// statement (InitPlans) instead of once per row, for every policy written so far; and `push` applies a batch in a
    /// fixed number of set-based statements, falling back to the row-at-a-time rule (kept as `push_each`) for what
    /// it does not take. Same rule, same results: a 200-change push went from 220 ms to 25 ms of server CPU; and indexes
    /// for the manager's report (a 100-person year: 254 ms to 62 ms).
    static let syncSpeed = #"""
        -- Policies: the functions they call become InitPlans, evaluated once per statement instead of once per row.
        CREATE FUNCTION mustdo.my_scopes(p_write boolean) RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
          SET search_path = pg_catalog AS $f$
          SELECT coalesce(array_agg(s.scope), '{}') FROM mustdo.share s
          JOIN mustdo.member m ON m.login = session_user AND m.removed_at IS NULL AND m.team = s.team
          WHERE s.grantee = session_user OR (NOT p_write AND s.owner = session_user)
          $f$;
        REVOKE ALL ON FUNCTION mustdo.my_scopes(boolean) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.my_scopes(boolean) TO mustdo_rep, mustdo_manager;
        CREATE INDEX share_by_grantee ON mustdo.share (grantee);
        CREATE INDEX share_by_owner ON mustdo.share (owner);
        -- The manager's report: a period's rows, the days of a period, the people (an index-only scan with the
        -- policy's columns), and the status changes of cards.
        CREATE INDEX IF NOT EXISTS completion_by_period ON mustdo.completion (team, period_kind, period_key);
        CREATE INDEX completion_by_day ON mustdo.completion (team, period_kind, start_day);
        CREATE INDEX completion_people ON mustdo.completion (team, owner, scope);
        CREATE INDEX customer_history_status ON mustdo.customer_history (team, owner) INCLUDE (at, new, scope)
          WHERE action = 'edit' AND field = 'status';
        DO $$ DECLARE
          p record;
          e text;
          r text := '(team = (SELECT mustdo.my_team()) AND (owner = SESSION_USER OR (SELECT mustdo.is_manager()) OR scope = ANY ((SELECT mustdo.my_scopes(false))::uuid[])))';
          w text := '(team = (SELECT mustdo.my_team()) AND (owner = SESSION_USER OR scope = ANY ((SELECT mustdo.my_scopes(true))::uuid[])))';
        BEGIN
          FOR p IN SELECT pol.polname, c.relname, pg_get_expr(pol.polqual, pol.polrelid) AS q, pg_get_expr(pol.polwithcheck, pol.polrelid) AS wc
                   FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid WHERE c.relnamespace = 'mustdo'::regnamespace LOOP
            FOREACH e IN ARRAY ARRAY['q', 'wc'] LOOP
              CONTINUE WHEN (CASE e WHEN 'q' THEN p.q ELSE p.wc END) IS NULL;
              EXECUTE format('ALTER POLICY %I ON mustdo.%I %s (%s)', p.polname, p.relname, CASE e WHEN 'q' THEN 'USING' ELSE 'WITH CHECK' END,
                regexp_replace(regexp_replace(regexp_replace(regexp_replace(CASE e WHEN 'q' THEN p.q ELSE p.wc END,
                  '(mustdo\.)?my_team\(\)', '(SELECT mustdo.my_team())', 'g'),
                  '(mustdo\.)?is_manager\(\)', '(SELECT mustdo.is_manager())', 'g'),
                  '(mustdo\.)?can_read\(team, owner, scope\)', r, 'g'),
                  '(mustdo\.)?can_write\(team, owner, scope\)', w, 'g'));
            END LOOP;
          END LOOP;
        END $$;
        -- The row-at-a-time push stays, as mustdo.push_each: the rule's reference, and what a batch the set-based push does
        -- not take goes to (a change id or a field twice in one batch, an unknown kind or field, a row refused on insert).
        DO $$ BEGIN
          EXECUTE replace(pg_get_functiondef('mustdo.push(bigint, jsonb)'::regprocedure), 'FUNCTION mustdo.push(', 'FUNCTION mustdo.push_each(');
        END $$;
        REVOKE ALL ON FUNCTION mustdo.push_each(bigint, jsonb) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION mustdo.push_each(bigint, jsonb) TO mustdo_rep, mustdo_manager;
        CREATE TYPE mustdo.push_item AS (ord int, id uuid, entity text, tbl text, uid uuid, scope uuid, at timestamptz, fields jsonb,
          seq bigint, owner name, row_team text, row_scope uuid, applied boolean);
        CREATE TYPE mustdo.push_field AS (ord int, n int, entity text, tbl text, uid uuid, key text, val jsonb, at timestamptz, id uuid, seq bigint,
          owner name, row_team text, row_scope uuid, wins boolean, clash boolean, cvalue jsonb, cat timestamptz, cauthor name);
        -- The same rule as push_each, a statement per step for the whole batch instead of a few per change.
        CREATE OR REPLACE FUNCTION mustdo.push(p_base bigint, p_changes jsonb) RETURNS jsonb LANGUAGE plpgsql
          SET search_path = pg_catalog AS $f$
        DECLARE
          v_team text := mustdo.my_team();
          v_items mustdo.push_item[];
          v_fields mustdo.push_field[];
          v_t record;
          v_dups int;
        BEGIN
          IF v_team IS NULL THEN
            RAISE EXCEPTION 'mustdo: % is not a member of a team', session_user USING ERRCODE = '42501';
          END IF;
          PERFORM pg_advisory_xact_lock(hashtext('mustdo-team:' || v_team));
          SELECT array_agg(ROW(e.ord, (e.c->>'id')::uuid, e.c->>'entity', en.table_name,
                   coalesce((e.c->>'uid')::uuid, md5(session_user || ':' || (e.c->>'entity') || ':' || (e.c->>'key'))::uuid),
                   coalesce((e.c->>'scope')::uuid, (e.c->>'uid')::uuid, md5(session_user || ':' || (e.c->>'entity') || ':' || (e.c->>'key'))::uuid),
                   (e.c->>'at')::timestamptz, e.c->'fields', NULL, NULL, NULL, NULL, NULL)::mustdo.push_item ORDER BY e.ord)
            INTO v_items
            FROM jsonb_array_elements(p_changes) WITH ORDINALITY e(c, ord) LEFT JOIN mustdo.entity en ON en.name = e.c->>'entity';
          IF v_items IS NULL THEN
            RETURN jsonb_build_object('applied', 0, 'duplicate', 0, 'rejected', 0);
          END IF;
          -- What the set-based steps cannot do in one go, push_each does change by change.
          IF EXISTS (SELECT FROM unnest(v_items) i WHERE i.tbl IS NULL OR i.id IS NULL)
             OR (SELECT count(DISTINCT i.id) <> count(*) FROM unnest(v_items) i)
             OR EXISTS (SELECT FROM unnest(v_items) i, jsonb_object_keys(CASE jsonb_typeof(i.fields) WHEN 'object' THEN i.fields ELSE '{}' END) k
                        GROUP BY i.entity, i.uid, k HAVING count(*) > 1)
             OR EXISTS (SELECT FROM unnest(v_items) i JOIN mustdo.entity en ON en.name = i.entity,
                        jsonb_object_keys(CASE jsonb_typeof(i.fields) WHEN 'object' THEN i.fields ELSE '{}' END) k WHERE NOT k = ANY (en.columns))
             OR EXISTS (SELECT FROM unnest(v_items) i WHERE i.fields IS NOT NULL AND jsonb_typeof(i.fields) <> 'object') THEN
            RETURN mustdo.push_each(p_base, p_changes);
          END IF;
          BEGIN
            -- Pushed before, the reply lost: applied once. The others get their sequence numbers in batch order.
            SELECT array_agg(ROW(i.ord, i.id, i.entity, i.tbl, i.uid, i.scope, i.at, i.fields,
                     CASE WHEN NOT EXISTS (SELECT FROM mustdo.change d WHERE d.change_id = i.id) THEN nextval('mustdo.change_seq') END,
                     NULL, NULL, NULL, NULL)::mustdo.push_item ORDER BY i.ord)
              INTO v_items
              FROM unnest(v_items) i;
            v_dups := (SELECT count(*) FROM unnest(v_items) i WHERE i.seq IS NULL);
            -- Each kind of row: the rows this member sees, then the new ones (someone else's row they may not see stays refused).
            FOR v_t IN SELECT DISTINCT i.tbl FROM unnest(v_items) i WHERE i.seq IS NOT NULL LOOP
              EXECUTE format($q$
                INSERT INTO mustdo.%I (uid, owner, team, scope)
                SELECT DISTINCT ON (i.uid) i.uid, session_user, $2, i.scope FROM unnest($1) i
                WHERE i.tbl = %L AND i.seq IS NOT NULL AND NOT EXISTS (SELECT FROM mustdo.%I t WHERE t.uid = i.uid)
                ORDER BY i.uid, i.ord
                ON CONFLICT (uid) DO NOTHING$q$, v_t.tbl, v_t.tbl, v_t.tbl) USING v_items, v_team;
              EXECUTE format($q$
                SELECT array_agg(CASE WHEN i.tbl = %L AND i.seq IS NOT NULL
                         THEN ROW(i.ord, i.id, i.entity, i.tbl, i.uid, i.scope, i.at, i.fields, i.seq, t.owner, t.team, t.scope,
                                  t.owner IS NOT NULL AND mustdo.can_write(t.team, t.owner, t.scope))::mustdo.push_item
                         ELSE i END ORDER BY i.ord)
                FROM unnest($1) i LEFT JOIN mustdo.%I t ON i.tbl = %L AND t.uid = i.uid$q$, v_t.tbl, v_t.tbl, v_t.tbl) INTO v_items USING v_items;
            END LOOP;
            INSERT INTO mustdo.change (change_id, seq, team, author, entity, uid, at, outcome)
              SELECT i.id, i.seq, v_team, session_user, i.entity, i.uid, i.at, CASE WHEN i.applied THEN 'applied' ELSE 'rejected' END
              FROM unnest(v_items) i WHERE i.seq IS NOT NULL ORDER BY i.ord;
            -- Each field against its clock: the first value, or a change made after seeing the current one, wins; else the
            -- later edit (then the change id) wins and the loser is kept as a conflict.
            SELECT array_agg(ROW(x.ord, x.n, x.entity, x.tbl, x.uid, x.key, x.val, x.at, x.id, x.seq, x.owner, x.row_team, x.row_scope,
                     x.free OR (x.at, x.id::text) > (x.cat, x.cid::text),
                     NOT x.free AND x.cvalue IS DISTINCT FROM x.val, x.cvalue, x.cat, x.cauthor)::mustdo.push_field ORDER BY x.ord, x.n)
              INTO v_fields
              FROM (SELECT i.ord, f.n, i.entity, i.tbl, i.uid, f.key, f.value AS val, i.at, i.id, i.seq, i.owner, i.row_team, i.row_scope,
                           c.seq IS NULL OR c.author = session_user OR c.seq <= p_base AS free, c.value AS cvalue, c.at AS cat, c.author AS cauthor,
                           c.change_id AS cid
                    FROM unnest(v_items) i CROSS JOIN LATERAL jsonb_each(i.fields) WITH ORDINALITY f(key, value, n)
                    LEFT JOIN mustdo.field_clock c ON c.entity = i.entity AND c.uid = i.uid AND c.field = f.key
                    WHERE i.applied) x;
            INSERT INTO mustdo.conflict (seq, team, owner, scope, entity, uid, field, kept_value, kept_author, kept_at, lost_value, lost_author, lost_at)
              SELECT f.seq, f.row_team, f.owner, f.row_scope, f.entity, f.uid, f.key,
                     CASE WHEN f.wins THEN f.val ELSE f.cvalue END, CASE WHEN f.wins THEN session_user ELSE f.cauthor END,
                     CASE WHEN f.wins THEN f.at ELSE f.cat END,
                     CASE WHEN f.wins THEN f.cvalue ELSE f.val END, CASE WHEN f.wins THEN f.cauthor ELSE session_user END,
                     CASE WHEN f.wins THEN f.cat ELSE f.at END
              FROM unnest(v_fields) f WHERE f.clash ORDER BY f.ord, f.n;
            -- The winners: one UPDATE per kind of row and set of columns, one clock upsert for all.
            FOR v_t IN SELECT w.tbl, w.cols, array_agg(w.uid) AS uids, array_agg(w.j) AS js FROM (
                         SELECT f.tbl, f.uid, array_agg(f.key ORDER BY f.key) AS cols, jsonb_object_agg(f.key, f.val) AS j
                         FROM unnest(v_fields) f WHERE f.wins GROUP BY f.tbl, f.uid) w
                       GROUP BY w.tbl, w.cols LOOP
              EXECUTE format($q$
                UPDATE mustdo.%I t SET %s
                FROM (SELECT u.uid, jsonb_populate_record(NULL::mustdo.%I, u.j) AS r FROM unnest($1, $2) u(uid, j)) w
                WHERE t.uid = w.uid$q$,
                v_t.tbl, (SELECT string_agg(format('%I = (w.r).%I', k, k), ', ') FROM unnest(v_t.cols) k), v_t.tbl)
                USING v_t.uids, v_t.js;
            END LOOP;
            INSERT INTO mustdo.field_clock AS c (entity, uid, field, team, owner, scope, value, at, author, change_id, seq)
              SELECT f.entity, f.uid, f.key, f.row_team, f.owner, f.row_scope, f.val, f.at, session_user, f.id, f.seq
              FROM unnest(v_fields) f WHERE f.wins
              ON CONFLICT (entity, uid, field) DO UPDATE SET value = EXCLUDED.value, at = EXCLUDED.at, author = EXCLUDED.author,
                change_id = EXCLUDED.change_id, seq = EXCLUDED.seq;
            RETURN jsonb_build_object('applied', (SELECT count(*) FROM unnest(v_items) i WHERE i.applied), 'duplicate', v_dups,
                                      'rejected', (SELECT count(*) FROM unnest(v_items) i WHERE i.seq IS NOT NULL AND NOT i.applied));
          EXCEPTION WHEN unique_violation OR insufficient_privilege OR check_violation THEN
            -- A row refused on insert (another team's id, a policy): push_each refuses that change alone, as before.
            RETURN mustdo.push_each(p_base, p_changes);
          END;
        END $f$;
        """#

    /// "Losing touch" in the manager's report follows the rule the reps' own reviews and plan use: only cards still being
    /// followed (prospects and customers; a dormant card is not), so the manager's figure equals each rep's `mustdo week`.
    /// The intervals stay the team's defaults (key 7, important 14, general 30): a rep's own `[cadence]` and a card's
    /// `contact-every` are that person's rhythm, kept on their machine.
    static let reportActiveCards = """
        CREATE OR REPLACE VIEW mustdo.report_cards WITH (security_invoker = true) AS
          SELECT c.team, c.owner, c.uid, c.number, c.name, c.tier, substr(c.created_at, 1, 10) AS created_day,
                 CASE c.tier WHEN 'key' THEN 7 WHEN 'important' THEN 14 ELSE 30 END AS interval_days
          FROM mustdo.customer c
          WHERE coalesce(c.status, '') NOT IN ('lost', 'dormant') AND coalesce(c.archived_at, '') = '' AND coalesce(c.forgotten_at, '') = ''
            AND c.merged_into IS NULL AND coalesce(c.created_at, '') <> '';
        """

    /// A card's own contact interval (`contact-every`, local migration v10-contact-cadence) is synced both ways like the
    /// card's other fields: a column, its place in the customer's writable columns, and the right to change it.
    static let customerContactEvery = """
        ALTER TABLE mustdo.customer ADD COLUMN IF NOT EXISTS contact_every text;
        UPDATE mustdo.entity SET columns = columns || ARRAY['contact_every'] WHERE name = 'customer' AND NOT 'contact_every' = ANY (columns);
        GRANT UPDATE (contact_every) ON mustdo.customer TO mustdo_rep, mustdo_manager;
        """

    /// The weekly report under 200 ms for 500 people (bench/team.sh): each card keeps its last contact (kept by a trigger
    /// on visits), its interval (its own `contact_every`, else its tier's: key 7, important 14, others 30) and the first
    /// day it is losing touch without another contact, so "losing touch on a day" is an index range instead of a join of
    /// every card with the contacts; and a visit's "won a customer action" is an index probe per visit in the period
    /// (it was a hash of every action promise of the team). The figures are the same: the rule of `LosingTouchRule`.
    static let reportTouch = #"""
        ALTER TABLE mustdo.customer ADD COLUMN last_contact text, ADD COLUMN touch_interval integer, ADD COLUMN touch_from text;
        CREATE FUNCTION mustdo.card_touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
        DECLARE
          v_from text;
        BEGIN
          IF TG_OP = 'INSERT' THEN
            NEW.last_contact := (SELECT substr(max(v.at), 1, 10) FROM mustdo.visit v WHERE v.customer = NEW.uid);
          END IF;
          NEW.touch_interval := CASE WHEN NEW.contact_every ~ '^[0-9]{1,5}$' THEN NEW.contact_every::integer
                                     WHEN NEW.tier = 'key' THEN 7 WHEN NEW.tier = 'important' THEN 14 ELSE 30 END;
          v_from := coalesce(NEW.last_contact, substr(NEW.created_at, 1, 10));
          NEW.touch_from := NULL;
          IF v_from ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN
            BEGIN
              NEW.touch_from := to_char(v_from::date + NEW.touch_interval + 1, 'YYYY-MM-DD');
            EXCEPTION WHEN datetime_field_overflow OR invalid_datetime_format THEN
              NEW.touch_from := NULL;
            END;
          END IF;
          RETURN NEW;
        END $f$;
        CREATE TRIGGER customer_touch BEFORE INSERT OR UPDATE OF tier, contact_every, created_at, last_contact ON mustdo.customer
          FOR EACH ROW EXECUTE FUNCTION mustdo.card_touch();
        CREATE FUNCTION mustdo.visit_touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $f$
        BEGIN
          UPDATE mustdo.customer c SET last_contact = (SELECT substr(max(v.at), 1, 10) FROM mustdo.visit v WHERE v.customer = c.uid)
          WHERE c.uid IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.customer END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.customer END);
          RETURN NULL;
        END $f$;
        CREATE TRIGGER visit_touch AFTER INSERT OR UPDATE OF customer, at OR DELETE ON mustdo.visit
          FOR EACH ROW EXECUTE FUNCTION mustdo.visit_touch();
        REVOKE ALL ON FUNCTION mustdo.card_touch(), mustdo.visit_touch() FROM PUBLIC;
        UPDATE mustdo.customer c SET last_contact = (SELECT substr(max(v.at), 1, 10) FROM mustdo.visit v WHERE v.customer = c.uid);
        CREATE INDEX customer_touch ON mustdo.customer (team, touch_from) INCLUDE (owner, scope, last_contact, created_at)
          WHERE coalesce(status, '') NOT IN ('lost', 'dormant') AND coalesce(archived_at, '') = '' AND coalesce(forgotten_at, '') = ''
            AND merged_into IS NULL AND coalesce(created_at, '') <> '';
        CREATE INDEX customer_contact_after ON mustdo.customer (team, last_contact) INCLUDE (owner, scope, created_at, touch_interval)
          WHERE coalesce(status, '') NOT IN ('lost', 'dormant') AND coalesce(archived_at, '') = '' AND coalesce(forgotten_at, '') = ''
            AND merged_into IS NULL AND coalesce(created_at, '') <> '';
        CREATE OR REPLACE VIEW mustdo.report_cards WITH (security_invoker = true) AS
          SELECT c.team, c.owner, c.uid, c.number, c.name, c.tier, substr(c.created_at, 1, 10) AS created_day, c.touch_interval AS interval_days,
                 c.last_contact, c.touch_from
          FROM mustdo.customer c
          WHERE coalesce(c.status, '') NOT IN ('lost', 'dormant') AND coalesce(c.archived_at, '') = '' AND coalesce(c.forgotten_at, '') = ''
            AND c.merged_into IS NULL AND coalesce(c.created_at, '') <> '';
        CREATE OR REPLACE VIEW mustdo.report_contacts WITH (security_invoker = true) AS
          SELECT v.team, v.customer, v.day, v.at FROM mustdo.visit v WHERE v.customer IS NOT NULL;
        CREATE OR REPLACE VIEW mustdo.report_visits WITH (security_invoker = true) AS
          SELECT v.team, v.owner, v.day, count(*) AS visits,
                 count(*) FILTER (WHERE (SELECT true FROM mustdo.promise p WHERE p.visit = v.uid AND p.kind = 'action' LIMIT 1)) AS won_action
          FROM mustdo.visit v
          GROUP BY v.team, v.owner, v.day;
        ANALYZE mustdo.customer;
        """#

    /// A rep's daily sync under 100 ms (issue 13): `push` asked `mustdo.can_write(...)` once per change it applied, a
    /// SECURITY DEFINER function PostgreSQL cannot inline, which asks `my_team()` again each time (for 100 changes some
    /// 230 function calls and 130 look-ups of the member table). The same check is now written in the statement, with
    /// the member's team and the scopes shared with them for writing (`my_scopes(true)`) read once per kind of row:
    /// the row's team is the member's and its owner is the member or its scope is shared with them, which is what
    /// `can_write` says. The rule does not change; `push_each` (the row-at-a-time fallback) keeps `can_write`.
    static let pushWriteCheck = #"""
        DO $$ DECLARE
          d text := pg_get_functiondef('mustdo.push(bigint, jsonb)'::regprocedure);
          n text;
        BEGIN
          n := replace(replace(d,
                 'mustdo.can_write(t.team, t.owner, t.scope)',
                 '(t.team = $2 AND (t.owner = SESSION_USER OR t.scope = ANY ($3)))'),
                 'INTO v_items USING v_items;', 'INTO v_items USING v_items, v_team, mustdo.my_scopes(true);');
          IF n = d THEN
            IF position('mustdo.my_scopes(true);' IN d) = 0 THEN
              RAISE EXCEPTION 'mustdo: t11-push-write-check does not recognise mustdo.push';
            END IF;
          ELSE
            EXECUTE n;
          END IF;
        END $$;
        """#

    /// A rep's pull under the daily sync's budget (issue 13): the pull read every field clock of the team changed since
    /// the reader's cursor (the index on team and sequence number) and dropped the ones row-level security hides: on
    /// a 500-person team a day is 24,500 clocks read to keep the 40 of the cards shared with the rep, 30 ms. These two
    /// indexes let a rep's pull read only what it keeps: the rows of the cards shared with them or by them (scope, then
    /// sequence number), and their own rows last written by someone else (owner, then sequence number: a colleague's
    /// edit of a card since unshared). A member's own writes, most of every push, are not in the second index (a pull
    /// skips them), so a push maintains one index more, not two. Period summaries are never pulled and stay out of
    /// both. The manager, who reads the whole team, and a first pull (every own row) keep the team index.
    static let pullByReader = """
        CREATE INDEX IF NOT EXISTS field_clock_by_scope ON mustdo.field_clock (scope, seq) WHERE entity <> 'completion';
        CREATE INDEX IF NOT EXISTS field_clock_others_by_owner ON mustdo.field_clock (owner, seq) WHERE entity <> 'completion' AND author <> owner;
        """
}
