CREATE TYPE "public"."consent_capacity" AS ENUM('parental_responsibility', 'young_person_presumed_competent', 'young_person_judged_competent');--> statement-breakpoint
CREATE TYPE "public"."consent_decision" AS ENUM('given', 'refused');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('written', 'verbal', 'online');--> statement-breakpoint
CREATE TYPE "public"."seen_alone" AS ENUM('yes', 'no', 'not_applicable');--> statement-breakpoint
CREATE TABLE "assessment_section" (
	"version_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"content" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "assessment_section_version_id_section_id_pk" PRIMARY KEY("version_id","section_id")
);
--> statement-breakpoint
CREATE TABLE "child_seen" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"seen_on" date NOT NULL,
	"seen_by" text NOT NULL,
	"seen_alone" "seen_alone" NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"expectant_mother" boolean DEFAULT false NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_to_assess" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode_id" uuid NOT NULL,
	"decision" "consent_decision" NOT NULL,
	"given_by_person_id" uuid,
	"given_by_child" boolean DEFAULT false NOT NULL,
	"capacity" "consent_capacity" NOT NULL,
	"competence_reasons" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"method" "consent_method" NOT NULL,
	"what_was_explained" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consent_to_assess_one_giver" CHECK (("consent_to_assess"."given_by_person_id" is not null) <> "consent_to_assess"."given_by_child")
);
--> statement-breakpoint
ALTER TABLE "assessment_version" ADD COLUMN "started_by" uuid;--> statement-breakpoint
ALTER TABLE "assessment_version" ADD COLUMN "completed_by" uuid;--> statement-breakpoint
ALTER TABLE "assessment_version" ADD COLUMN "derived_snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "assessment_section" ADD CONSTRAINT "assessment_section_version_id_assessment_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."assessment_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_section" ADD CONSTRAINT "assessment_section_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_seen" ADD CONSTRAINT "child_seen_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_seen" ADD CONSTRAINT "child_seen_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_assess" ADD CONSTRAINT "consent_to_assess_episode_id_episode_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_assess" ADD CONSTRAINT "consent_to_assess_given_by_person_id_person_id_fk" FOREIGN KEY ("given_by_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_to_assess" ADD CONSTRAINT "consent_to_assess_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_seen_episode_idx" ON "child_seen" USING btree ("episode_id");--> statement-breakpoint
CREATE INDEX "consent_to_assess_episode_idx" ON "consent_to_assess" USING btree ("episode_id");--> statement-breakpoint
ALTER TABLE "assessment_version" ADD CONSTRAINT "assessment_version_started_by_app_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_version" ADD CONSTRAINT "assessment_version_completed_by_app_user_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;