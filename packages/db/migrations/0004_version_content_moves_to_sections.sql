ALTER TABLE "assessment_version" DROP COLUMN "content";--> statement-breakpoint
ALTER TABLE "assessment_version" DROP COLUMN "revision";--> statement-breakpoint
-- CF-6: a completed version is never changed, whoever connects. The services refuse first with
-- a message a practitioner can act on; these triggers hold even if a service were wrong.
-- SQLSTATE 55000 (object_not_in_prerequisite_state) is what the API maps to VERSION_COMPLETED.
CREATE OR REPLACE FUNCTION assessment_version_refuse_change_when_completed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'completed' THEN
    RAISE EXCEPTION 'assessment version % is completed and cannot be changed (CF-6)', OLD.number
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_version_immutable_when_completed
  BEFORE UPDATE OR DELETE ON assessment_version
  FOR EACH ROW EXECUTE FUNCTION assessment_version_refuse_change_when_completed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION assessment_section_refuse_change_when_completed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  touched uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    touched := ARRAY[NEW.version_id];
  ELSIF TG_OP = 'UPDATE' THEN
    touched := ARRAY[OLD.version_id, NEW.version_id];
  ELSE
    touched := ARRAY[OLD.version_id];
  END IF;
  -- FOR SHARE waits for a completion in progress, so a save can never slip in after it.
  PERFORM 1 FROM assessment_version WHERE id = ANY (touched) AND status = 'completed' FOR SHARE;
  IF FOUND THEN
    RAISE EXCEPTION 'the content of a completed assessment version cannot be changed (CF-6)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER assessment_section_immutable_when_completed
  BEFORE INSERT OR UPDATE OR DELETE ON assessment_section
  FOR EACH ROW EXECUTE FUNCTION assessment_section_refuse_change_when_completed();
