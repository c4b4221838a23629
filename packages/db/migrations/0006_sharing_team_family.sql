CREATE TYPE "public"."notification_kind" AS ENUM('consent_withdrawn');--> statement-breakpoint
CREATE TYPE "public"."share_scope_kind" AS ENUM('all', 'all_except', 'only', 'none');--> statement-breakpoint
CREATE TYPE "public"."shared_information" AS ENUM('basic', 'basic_and_additional');--> statement-breakpoint
CREATE TYPE "public"."team_basis" AS ENUM('consent', 'without_consent');--> statement-breakpoint
CREATE TYPE "public"."without_consent_ground" AS ENUM('significant_harm_to_child', 'adult_at_risk_of_serious_harm', 'serious_crime');--> statement-breakpoint
CREATE TABLE "consent_to_share" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigserial NOT NULL,
	"episode_id" uuid NOT NULL,
	"given_by_person_id" uuid,
	"given_by_child" boolean DEFAULT false NOT NULL,
	"method" "consent_method" NOT NULL,
	"decided_on" date NOT NULL,
	"basic_scope" "share_scope_kind" NOT NULL,
	"basic_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"additional_scope" "share_scope_kind" NOT NULL,
	"additional_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"what_was_explained" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"confirmed_on" date,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"withdrawn_on" date,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_recorded_by" uuid,
	"withdrawn_by_person_id" uuid,
	"withdrawn_by_child" boolean,
	"withdrawal_reason" text,
	"corrects_id" uuid,
	"correction_reason" text,
	CONSTRAINT "consent_to_share_one_giver" CHECK (("consent_to_share"."given_by_person_id" is not null) <> "consent_to_share"."given_by_child"),
	CONSTRAINT "consent_to_share_correction_has_reason" CHECK (("consent_to_share"."corrects_id" is null) = ("consent_to_share"."correction_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "family_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"person_id" uuid,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"accepted_user_id" uuid,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "family_invitation_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "lead_professional" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"family_view" text DEFAULT '' NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by" uuid NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"episode_id" uuid,
	"kind" "notification_kind" NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "share_without_consent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"ground" "without_consent_ground" NOT NULL,
	"reason" text NOT NULL,
	"shared" "shared_information" NOT NULL,
	"recipient_user_id" uuid,
	"recipient_name" text,
	"recipient_organisation" text,
	"shared_by" uuid NOT NULL,
	"shared_at" timestamp with time zone NOT NULL,
	CONSTRAINT "share_without_consent_one_recipient" CHECK (("share_without_consent"."recipient_user_id" is not null) <> ("share_without_consent"."recipient_name" is not null and "share_without_consent"."recipient_organisation" is not null))
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"organisation_id" uuid,
	"basis" "team_basis" NOT NULL,
	"share_without_consent_id" uuid,
	"joined_at" timestamp with time zone NOT NULL,
	"added_by" uuid NOT NULL,
	"left_at" timestamp with time zone,
	"removed_by" uuid,
	CONSTRAINT "team_member_basis_share" CHECK (("team_member"."basis" = 'without_consent') = ("team_member"."share_without_consent_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "child" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_given_by_person_id_person_id_fk" FOREIGN KEY ("given_by_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_confirmed_by_app_user_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_withdrawal_recorded_by_app_user_id_fk" FOREIGN KEY ("withdrawal_recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_share" ADD CONSTRAINT "consent_to_share_withdrawn_by_person_id_person_id_fk" FOREIGN KEY ("withdrawn_by_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_invitation" ADD CONSTRAINT "family_invitation_accepted_user_id_app_user_id_fk" FOREIGN KEY ("accepted_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_professional" ADD CONSTRAINT "lead_professional_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_professional" ADD CONSTRAINT "lead_professional_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_professional" ADD CONSTRAINT "lead_professional_assigned_by_app_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_without_consent" ADD CONSTRAINT "share_without_consent_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_without_consent" ADD CONSTRAINT "share_without_consent_recipient_user_id_app_user_id_fk" FOREIGN KEY ("recipient_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_without_consent" ADD CONSTRAINT "share_without_consent_shared_by_app_user_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_share_without_consent_id_share_without_consent_id_fk" FOREIGN KEY ("share_without_consent_id") REFERENCES "public"."share_without_consent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_added_by_app_user_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_removed_by_app_user_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_to_share_episode_idx" ON "consent_to_share" USING btree ("episode_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "consent_to_share_corrects_once_idx" ON "consent_to_share" USING btree ("corrects_id");--> statement-breakpoint
CREATE INDEX "family_invitation_episode_idx" ON "family_invitation" USING btree ("episode_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lead_professional_current_idx" ON "lead_professional" USING btree ("episode_id") WHERE "lead_professional"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "lead_professional_user_idx" ON "lead_professional" USING btree ("user_id") WHERE "lead_professional"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "notification_user_idx" ON "notification" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "share_without_consent_episode_idx" ON "share_without_consent" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "share_without_consent_shared_at_idx" ON "share_without_consent" USING btree ("shared_at");--> statement-breakpoint
CREATE UNIQUE INDEX "team_member_current_idx" ON "team_member" USING btree ("episode_id","user_id") WHERE "team_member"."left_at" is null;--> statement-breakpoint
CREATE INDEX "team_member_user_idx" ON "team_member" USING btree ("user_id") WHERE "team_member"."left_at" is null;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_episode_idx" ON "audit_event" USING btree ("episode_id","at");
--> statement-breakpoint
-- CO-6: consent to share is corrected, never edited. The only changes allowed are stamping the
-- confirmation (CO-4) once and the withdrawal (CO-5) once; everything else is refused, whoever
-- connects. SQLSTATE 55000, as for completed assessment versions.
CREATE OR REPLACE FUNCTION consent_to_share_refuse_edit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'consent records are never deleted (CO-6)' USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF (NEW.id, NEW.seq, NEW.episode_id, NEW.given_by_person_id, NEW.given_by_child, NEW.method, NEW.decided_on,
      NEW.basic_scope, NEW.basic_organisation_ids, NEW.additional_scope, NEW.additional_organisation_ids,
      NEW.what_was_explained, NEW.recorded_by, NEW.recorded_at, NEW.corrects_id, NEW.correction_reason)
     IS DISTINCT FROM
     (OLD.id, OLD.seq, OLD.episode_id, OLD.given_by_person_id, OLD.given_by_child, OLD.method, OLD.decided_on,
      OLD.basic_scope, OLD.basic_organisation_ids, OLD.additional_scope, OLD.additional_organisation_ids,
      OLD.what_was_explained, OLD.recorded_by, OLD.recorded_at, OLD.corrects_id, OLD.correction_reason) THEN
    RAISE EXCEPTION 'a consent record is corrected with a new record, not edited (CO-6)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF OLD.confirmed_on IS NOT NULL AND
     (NEW.confirmed_on, NEW.confirmed_by, NEW.confirmed_at) IS DISTINCT FROM (OLD.confirmed_on, OLD.confirmed_by, OLD.confirmed_at) THEN
    RAISE EXCEPTION 'a confirmation is recorded once (CO-4)' USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF OLD.withdrawn_at IS NOT NULL AND
     (NEW.withdrawn_on, NEW.withdrawn_at, NEW.withdrawal_recorded_by, NEW.withdrawn_by_person_id, NEW.withdrawn_by_child, NEW.withdrawal_reason)
     IS DISTINCT FROM
     (OLD.withdrawn_on, OLD.withdrawn_at, OLD.withdrawal_recorded_by, OLD.withdrawn_by_person_id, OLD.withdrawn_by_child, OLD.withdrawal_reason) THEN
    RAISE EXCEPTION 'a withdrawal is recorded once (CO-5)' USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_to_share_corrected_not_edited
  BEFORE UPDATE OR DELETE ON consent_to_share
  FOR EACH ROW EXECUTE FUNCTION consent_to_share_refuse_edit();
--> statement-breakpoint
-- CO-7: a share without consent is a record of something done; it is never changed or removed.
CREATE OR REPLACE FUNCTION share_without_consent_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a share without consent is never changed or removed (CO-7)'
    USING ERRCODE = 'object_not_in_prerequisite_state';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER share_without_consent_append_only
  BEFORE UPDATE OR DELETE ON share_without_consent
  FOR EACH ROW EXECUTE FUNCTION share_without_consent_refuse_change();
