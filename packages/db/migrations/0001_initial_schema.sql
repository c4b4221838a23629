CREATE TYPE "public"."organisation_kind" AS ENUM('school', 'early_years', 'health', 'gp', 'social_care', 'police', 'youth_justice', 'housing', 'voluntary', 'early_help', 'youth_service', 'other');--> statement-breakpoint
CREATE TYPE "public"."child_sex" AS ENUM('male', 'female', 'unknown', 'prefer_not_to_say');--> statement-breakpoint
CREATE TYPE "public"."yes_no_not_known" AS ENUM('yes', 'no', 'not_known');--> statement-breakpoint
CREATE TYPE "public"."assessor_role" AS ENUM('assessor', 'co_assessor');--> statement-breakpoint
CREATE TYPE "public"."checklist_outcome" AS ENUM('start_caf', 'refer_specialist', 'no_further_action', 'safeguarding_referral');--> statement-breakpoint
CREATE TYPE "public"."episode_status" AS ENUM('draft', 'active', 'closed');--> statement-breakpoint
CREATE TYPE "public"."assessment_version_status" AS ENUM('draft', 'completed');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('practitioner', 'manager', 'administrator', 'family_member');--> statement-breakpoint
CREATE TYPE "public"."user_status" AS ENUM('active', 'suspended');--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"child_id" uuid,
	"episode_id" uuid,
	"ground" text,
	"ip_address" text,
	"request_id" text,
	"detail" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_authority" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"safeguarding_route_title" text NOT NULL,
	"safeguarding_route_telephone" text NOT NULL,
	"safeguarding_route_email" text NOT NULL,
	"safeguarding_route_text" text NOT NULL,
	"review_limit_weeks" integer DEFAULT 12 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_authority_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "organisation_kind" NOT NULL,
	"is_sensitive_service" boolean DEFAULT false NOT NULL,
	"telephone" text,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"given_names" text NOT NULL,
	"family_name" text NOT NULL,
	"also_known_as" text,
	"sex" "child_sex" NOT NULL,
	"is_unborn" boolean DEFAULT false NOT NULL,
	"date_of_birth" date,
	"expected_date_of_delivery" date,
	"mother_name" text,
	"address" text,
	"postcode" text,
	"telephone" text,
	"ethnicity" text,
	"ethnicity_other" text,
	"first_language" text,
	"parent_first_language" text,
	"interpreter_needed" boolean DEFAULT false NOT NULL,
	"disability" "yes_no_not_known",
	"disability_details" text,
	"special_requirements" text,
	"nhs_number" text,
	"upn" text,
	"school_name" text,
	"gp_practice" text,
	"religion" text,
	"young_carer" "yes_no_not_known",
	"special_educational_needs" "yes_no_not_known",
	"registration_confirmation" jsonb,
	"merged_into_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "child_person" (
	"child_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"parental_responsibility" boolean NOT NULL,
	CONSTRAINT "child_person_child_id_person_id_pk" PRIMARY KEY("child_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"telephone" text,
	"email" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "assessment_version_status" DEFAULT 'draft' NOT NULL,
	"content" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "checklist_decision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"child_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"outcome" "checklist_outcome" NOT NULL,
	"episode_id" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "episode" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"child_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" "episode_status" DEFAULT 'draft' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "episode_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "episode_assessor" (
	"episode_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "assessor_role" NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "episode_assessor_episode_id_user_id_pk" PRIMARY KEY("episode_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "app_user" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"organisation_id" uuid,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" "user_role" NOT NULL,
	"job_title" text,
	"telephone" text,
	"password_hash" text NOT NULL,
	"status" "user_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_reason" text,
	CONSTRAINT "session_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_merged_into_id_child_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child" ADD CONSTRAINT "child_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_person" ADD CONSTRAINT "child_person_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_person" ADD CONSTRAINT "child_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_version" ADD CONSTRAINT "assessment_version_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_decision" ADD CONSTRAINT "checklist_decision_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_decision" ADD CONSTRAINT "checklist_decision_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_decision" ADD CONSTRAINT "checklist_decision_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode" ADD CONSTRAINT "episode_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode" ADD CONSTRAINT "episode_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode" ADD CONSTRAINT "episode_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_assessor" ADD CONSTRAINT "episode_assessor_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episode_assessor" ADD CONSTRAINT "episode_assessor_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_child_idx" ON "audit_event" USING btree ("child_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_actor_idx" ON "audit_event" USING btree ("actor_user_id","at");--> statement-breakpoint
CREATE INDEX "child_full_name_trgm_idx" ON "child" USING gin (lower("given_names" || ' ' || "family_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "child_family_name_trgm_idx" ON "child" USING gin (lower("family_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "child_dob_idx" ON "child" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "child_nhs_idx" ON "child" USING btree ("nhs_number");--> statement-breakpoint
CREATE INDEX "child_upn_idx" ON "child" USING btree ("upn");--> statement-breakpoint
CREATE INDEX "child_postcode_idx" ON "child" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "child_person_person_idx" ON "child_person" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_version_episode_number_idx" ON "assessment_version" USING btree ("episode_id","number");--> statement-breakpoint
CREATE INDEX "checklist_decision_child_idx" ON "checklist_decision" USING btree ("child_id");--> statement-breakpoint
CREATE UNIQUE INDEX "episode_one_open_per_child_idx" ON "episode" USING btree ("child_id") WHERE "episode"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "episode_created_by_idx" ON "episode" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "episode_assessor_user_idx" ON "episode_assessor" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "app_user_email_lower_idx" ON "app_user" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "session_user_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempt_email_at_idx" ON "sign_in_attempt" USING btree ("email","at");