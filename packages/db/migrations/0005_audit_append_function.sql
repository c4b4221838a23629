-- AU-1: the audit chain's hash formula changes so the database can link an event in the same
-- statement that inserts it. Version 1 (the rows already written, and any writer that does not
-- say): sha256 of the canonical JSON of the event including its previous hash, computed in Node.
-- Version 2: sha256(prev_hash || canonical JSON of the event without it), where Node sends the
-- canonical JSON and the database prepends the previous hash. `verifyAuditChain` checks each row
-- with its own version's formula.
ALTER TABLE "audit_event" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Appends one event in one round trip: takes the chain's lock, reads the last hash and inserts.
-- The lock (the key the application used before, so older code running during a deploy takes the
-- same one) is held until the caller's transaction ends, which keeps the chain linear; call this
-- as late as possible in the transaction. SECURITY INVOKER: it runs as the caller, ecaf_app,
-- which may insert and read audit events but never change them. `p_body` is the event's
-- canonical JSON, which must describe the other arguments (`verifyAuditChain` recomputes it from
-- the stored row, so an event whose body does not match its columns fails verification).
CREATE FUNCTION append_audit_event(
  p_at timestamptz,
  p_actor_user_id uuid,
  p_actor_role text,
  p_action text,
  p_child_id uuid,
  p_episode_id uuid,
  p_ground text,
  p_ip_address text,
  p_request_id text,
  p_detail jsonb,
  p_body text
) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $$
DECLARE
  previous text;
  appended bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('ecaf.audit_event.chain'));
  -- A new statement, so a new snapshot (READ COMMITTED): it sees the event the last holder of
  -- the lock committed.
  SELECT hash INTO previous FROM audit_event ORDER BY id DESC LIMIT 1;
  previous := coalesce(previous, repeat('0', 64));
  INSERT INTO audit_event (
    at, actor_user_id, actor_role, action, child_id, episode_id, ground, ip_address, request_id, detail,
    prev_hash, hash, hash_version
  ) VALUES (
    p_at, p_actor_user_id, p_actor_role, p_action, p_child_id, p_episode_id, p_ground, p_ip_address, p_request_id,
    p_detail, previous, encode(sha256(convert_to(previous || p_body, 'UTF8')), 'hex'), 2
  )
  RETURNING id INTO appended;
  RETURN appended;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION append_audit_event(timestamptz, uuid, text, text, uuid, uuid, text, text, text, jsonb, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION append_audit_event(timestamptz, uuid, text, text, uuid, uuid, text, text, text, jsonb, text) TO ecaf_app;
