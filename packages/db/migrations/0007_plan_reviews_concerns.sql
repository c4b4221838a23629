CREATE TYPE "public"."plan_action_owner_kind" AS ENUM('user', 'person', 'child');--> statement-breakpoint
CREATE TYPE "public"."plan_action_status" AS ENUM('not_started', 'in_progress', 'done', 'no_longer_needed');--> statement-breakpoint
CREATE TYPE "public"."review_attendee_kind" AS ENUM('user', 'person', 'child', 'other');--> statement-breakpoint
CREATE TYPE "public"."closure_reason" AS ENUM('needs_met', 'consent_withdrawn_or_disengaged', 'moved_area', 'escalated_to_social_care', 'age_limit', 'other');--> statement-breakpoint
CREATE TYPE "public"."episode_closure_event" AS ENUM('closed', 'reopened');--> statement-breakpoint
CREATE TYPE "public"."join_request_decision" AS ENUM('accepted', 'declined');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'lead_professional_assigned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'added_to_team';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'join_requested';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'join_decided';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'concern_raised';--> statement-breakpoint
CREATE TABLE "concern" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"episode_id" uuid,
	"raised_by" uuid NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution" text,
	CONSTRAINT "concern_resolution" CHECK (("concern"."resolved_at" is null) = ("concern"."resolution" is null))
);
--> statement-breakpoint
CREATE TABLE "involvement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"practitioner_id" uuid NOT NULL,
	"service" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"explicit_consent" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episode_closure" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"episode_id" uuid NOT NULL,
	"event" "episode_closure_event" NOT NULL,
	"reason" "closure_reason",
	"reason_text" text DEFAULT '' NOT NULL,
	"review_id" uuid,
	"by" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "episode_closure_reason" CHECK (("episode_closure"."event" = 'closed') = ("episode_closure"."reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_action" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"episode_id" uuid NOT NULL,
	"from_version_id" uuid,
	"need" text NOT NULL,
	"action" text NOT NULL,
	"desired_outcome" text DEFAULT '' NOT NULL,
	"owner_kind" "plan_action_owner_kind" NOT NULL,
	"owner_user_id" uuid,
	"owner_person_id" uuid,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "plan_action_status" DEFAULT 'not_started' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone,
	CONSTRAINT "plan_action_owner" CHECK (("plan_action"."owner_kind" = 'user') = ("plan_action"."owner_user_id" is not null) and ("plan_action"."owner_kind" = 'person') = ("plan_action"."owner_person_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_action_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"action_id" uuid NOT NULL,
	"status" "plan_action_status" NOT NULL,
	"note" text NOT NULL,
	"written_by" uuid NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"review_id" uuid
);
--> statement-breakpoint
CREATE TABLE "review" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"held_on" date NOT NULL,
	"child_comments" text NOT NULL,
	"parent_comments" text NOT NULL,
	"next_review_on" date,
	"closure_reason" "closure_reason",
	"closure_reason_text" text,
	"started_version_number" integer,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_next_or_closure" CHECK (("review"."next_review_on" is null) <> ("review"."closure_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "review_attendee" (
	"review_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"kind" "review_attendee_kind" NOT NULL,
	"user_id" uuid,
	"person_id" uuid,
	"name" text NOT NULL,
	CONSTRAINT "review_attendee_review_id_position_pk" PRIMARY KEY("review_id","position")
);
--> statement-breakpoint
CREATE TABLE "review_distance" (
	"review_id" uuid NOT NULL,
	"need" text NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "review_distance_review_id_need_pk" PRIMARY KEY("review_id","need"),
	CONSTRAINT "review_distance_score" CHECK ("review_distance"."score" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "team_family_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"person_id" uuid,
	"is_child" boolean DEFAULT false NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"added_by" uuid NOT NULL,
	"left_at" timestamp with time zone,
	"removed_by" uuid,
	CONSTRAINT "team_family_member_one_kind" CHECK (("team_family_member"."person_id" is not null) <> "team_family_member"."is_child")
);
--> statement-breakpoint
CREATE TABLE "team_join_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"message" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decision" "join_request_decision",
	"decision_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "episode" ADD COLUMN "next_review_on" date;--> statement-breakpoint
ALTER TABLE "lead_professional" ADD COLUMN "ended_by" uuid;--> statement-breakpoint
ALTER TABLE "lead_professional" ADD COLUMN "handover_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "child_id" uuid;--> statement-breakpoint
ALTER TABLE "concern" ADD CONSTRAINT "concern_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern" ADD CONSTRAINT "concern_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern" ADD CONSTRAINT "concern_raised_by_app_user_id_fk" FOREIGN KEY ("raised_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concern" ADD CONSTRAINT "concern_resolved_by_app_user_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement" ADD CONSTRAINT "involvement_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement" ADD CONSTRAINT "involvement_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "involvement" ADD CONSTRAINT "involvement_practitioner_id_app_user_id_fk" FOREIGN KEY ("practitioner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_closure" ADD CONSTRAINT "episode_closure_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_closure" ADD CONSTRAINT "episode_closure_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_closure" ADD CONSTRAINT "episode_closure_by_app_user_id_fk" FOREIGN KEY ("by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_from_version_id_assessment_version_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."assessment_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_owner_user_id_app_user_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_owner_person_id_person_id_fk" FOREIGN KEY ("owner_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action" ADD CONSTRAINT "plan_action_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_note" ADD CONSTRAINT "plan_action_note_action_id_plan_action_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."plan_action"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_action_note" ADD CONSTRAINT "plan_action_note_written_by_app_user_id_fk" FOREIGN KEY ("written_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review" ADD CONSTRAINT "review_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_distance" ADD CONSTRAINT "review_distance_review_id_review_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."review"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_family_member" ADD CONSTRAINT "team_family_member_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_family_member" ADD CONSTRAINT "team_family_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_family_member" ADD CONSTRAINT "team_family_member_added_by_app_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_family_member" ADD CONSTRAINT "team_family_member_removed_by_app_user_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_join_request" ADD CONSTRAINT "team_join_request_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_join_request" ADD CONSTRAINT "team_join_request_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_join_request" ADD CONSTRAINT "team_join_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_join_request" ADD CONSTRAINT "team_join_request_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concern_child_idx" ON "concern" USING btree ("child_id","raised_at");--> statement-breakpoint
CREATE INDEX "concern_open_idx" ON "concern" USING btree ("raised_at") WHERE "concern"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "involvement_child_idx" ON "involvement" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "episode_closure_episode_idx" ON "episode_closure" USING btree ("episode_id","seq");--> statement-breakpoint
CREATE INDEX "plan_action_episode_idx" ON "plan_action" USING btree ("episode_id","seq");--> statement-breakpoint
CREATE INDEX "plan_action_owner_open_idx" ON "plan_action" USING btree ("owner_user_id","due_on") WHERE "plan_action"."status" in ('not_started', 'in_progress');--> statement-breakpoint
CREATE INDEX "plan_action_note_action_idx" ON "plan_action_note" USING btree ("action_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "review_episode_number_idx" ON "review" USING btree ("episode_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "team_family_member_current_idx" ON "team_family_member" USING btree ("episode_id",coalesce("person_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "team_family_member"."left_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "team_join_request_pending_idx" ON "team_join_request" USING btree ("episode_id","user_id") WHERE "team_join_request"."decision" is null;--> statement-breakpoint
CREATE INDEX "team_join_request_user_idx" ON "team_join_request" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "lead_professional" ADD CONSTRAINT "lead_professional_ended_by_app_user_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "episode_authority_status_idx" ON "episode" USING btree ("authority_id","status");--> statement-breakpoint
-- IN-2: a concern is never deleted; it is resolved once, with a reason, and nothing else changes.
CREATE OR REPLACE FUNCTION concern_resolved_not_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a concern is never deleted: it is resolved with a reason (IN-2)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF (NEW.id, NEW.child_id, NEW.episode_id, NEW.raised_by, NEW.raised_at, NEW.description)
     IS DISTINCT FROM (OLD.id, OLD.child_id, OLD.episode_id, OLD.raised_by, OLD.raised_at, OLD.description)
     OR (OLD.resolved_at IS NOT NULL AND
         (NEW.resolved_at, NEW.resolved_by, NEW.resolution) IS DISTINCT FROM (OLD.resolved_at, OLD.resolved_by, OLD.resolution)) THEN
    RAISE EXCEPTION 'a concern is resolved once and never edited (IN-2)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER concern_never_deleted
  BEFORE UPDATE OR DELETE ON concern
  FOR EACH ROW EXECUTE FUNCTION concern_resolved_not_deleted();
--> statement-breakpoint
-- The history of a plan and its reviews is a record of what was agreed and done: progress notes,
-- reviews, their attendance and scores, and closures are appended, never changed or removed.
-- A merge of two children (CH-2) moves episodes, not these rows, so nothing here needs updating.
CREATE OR REPLACE FUNCTION plan_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is a record of what happened: it is never changed or removed (PL-2, PL-3)', TG_TABLE_NAME
    USING ERRCODE = 'object_not_in_prerequisite_state';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER plan_action_note_append_only BEFORE UPDATE OR DELETE ON plan_action_note
  FOR EACH ROW EXECUTE FUNCTION plan_history_append_only();
--> statement-breakpoint
CREATE TRIGGER review_append_only BEFORE UPDATE OR DELETE ON review
  FOR EACH ROW EXECUTE FUNCTION plan_history_append_only();
--> statement-breakpoint
CREATE TRIGGER review_attendee_append_only BEFORE UPDATE OR DELETE ON review_attendee
  FOR EACH ROW EXECUTE FUNCTION plan_history_append_only();
--> statement-breakpoint
CREATE TRIGGER review_distance_append_only BEFORE UPDATE OR DELETE ON review_distance
  FOR EACH ROW EXECUTE FUNCTION plan_history_append_only();
--> statement-breakpoint
CREATE TRIGGER episode_closure_append_only BEFORE UPDATE OR DELETE ON episode_closure
  FOR EACH ROW EXECUTE FUNCTION plan_history_append_only();
