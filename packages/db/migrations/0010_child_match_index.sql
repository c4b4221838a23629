CREATE TYPE "public"."duplicate_pair_status" AS ENUM('open', 'merged', 'not_duplicate');--> statement-breakpoint
CREATE TYPE "public"."duplicate_review_status" AS ENUM('running', 'finished', 'failed');--> statement-breakpoint
CREATE TABLE "child_match_key" (
	"authority_id" uuid NOT NULL,
	"key" text NOT NULL,
	"child_id" uuid NOT NULL,
	CONSTRAINT "child_match_key_authority_id_key_child_id_pk" PRIMARY KEY("authority_id","key","child_id")
);
--> statement-breakpoint
CREATE TABLE "child_merge" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"survivor_id" uuid NOT NULL,
	"merged_id" uuid NOT NULL,
	"pair_id" uuid,
	"moved" jsonb NOT NULL,
	"reason" text NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone,
	"undo_reason" text
);
--> statement-breakpoint
CREATE TABLE "duplicate_pair" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"authority_id" uuid NOT NULL,
	"child_a_id" uuid NOT NULL,
	"child_b_id" uuid NOT NULL,
	"probability" double precision NOT NULL,
	"band" text NOT NULL,
	"explanation" text NOT NULL,
	"status" "duplicate_pair_status" DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "duplicate_review_run" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"status" "duplicate_review_status" DEFAULT 'running' NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"pairs_found" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "match_model" (
	"authority_id" uuid PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"records" integer NOT NULL,
	"report" jsonb NOT NULL,
	"trained_at" timestamp with time zone NOT NULL,
	"trained_by" uuid
);
--> statement-breakpoint
DROP INDEX "child_full_name_trgm_idx";--> statement-breakpoint
DROP INDEX "child_family_name_trgm_idx";--> statement-breakpoint
ALTER TABLE "child" ADD COLUMN "match_keys_version" integer;--> statement-breakpoint
ALTER TABLE "child_match_key" ADD CONSTRAINT "child_match_key_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_match_key" ADD CONSTRAINT "child_match_key_child_id_child_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."child"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_survivor_id_child_id_fk" FOREIGN KEY ("survivor_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_merged_id_child_id_fk" FOREIGN KEY ("merged_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_pair_id_duplicate_pair_id_fk" FOREIGN KEY ("pair_id") REFERENCES "public"."duplicate_pair"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_merged_by_app_user_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_merge" ADD CONSTRAINT "child_merge_undone_by_app_user_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_run_id_duplicate_review_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."duplicate_review_run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_child_a_id_child_id_fk" FOREIGN KEY ("child_a_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_child_b_id_child_id_fk" FOREIGN KEY ("child_b_id") REFERENCES "public"."child"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_pair" ADD CONSTRAINT "duplicate_pair_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_review_run" ADD CONSTRAINT "duplicate_review_run_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_review_run" ADD CONSTRAINT "duplicate_review_run_started_by_app_user_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_model" ADD CONSTRAINT "match_model_authority_id_local_authority_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."local_authority"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_model" ADD CONSTRAINT "match_model_trained_by_app_user_id_fk" FOREIGN KEY ("trained_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "child_match_key_child_idx" ON "child_match_key" USING btree ("child_id");--> statement-breakpoint
CREATE INDEX "child_merge_survivor_idx" ON "child_merge" USING btree ("survivor_id");--> statement-breakpoint
CREATE INDEX "child_merge_merged_idx" ON "child_merge" USING btree ("merged_id");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_pair_run_children_idx" ON "duplicate_pair" USING btree ("run_id","child_a_id","child_b_id");--> statement-breakpoint
CREATE INDEX "duplicate_pair_children_idx" ON "duplicate_pair" USING btree ("child_a_id","child_b_id");--> statement-breakpoint
CREATE INDEX "duplicate_review_run_authority_idx" ON "duplicate_review_run" USING btree ("authority_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_review_run_one_running_idx" ON "duplicate_review_run" USING btree ("authority_id") WHERE "duplicate_review_run"."status" = 'running';--> statement-breakpoint
CREATE INDEX "child_match_keys_version_idx" ON "child" USING btree ("authority_id","match_keys_version");--> statement-breakpoint
CREATE INDEX "child_merged_into_idx" ON "child" USING btree ("merged_into_id") WHERE "child"."merged_into_id" is not null;--> statement-breakpoint
-- IN-2 still holds: a concern is never deleted, resolved once, and its words never change. CH-2
-- adds one exception: a merge of two children (and its undo) moves the concern to the other
-- record, changing child_id and nothing else.
CREATE OR REPLACE FUNCTION concern_resolved_not_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a concern is never deleted: it is resolved with a reason (IN-2)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  IF (NEW.id, NEW.episode_id, NEW.raised_by, NEW.raised_at, NEW.description)
     IS DISTINCT FROM (OLD.id, OLD.episode_id, OLD.raised_by, OLD.raised_at, OLD.description)
     OR (NEW.child_id IS DISTINCT FROM OLD.child_id AND
         (NEW.resolved_at, NEW.resolved_by, NEW.resolution) IS DISTINCT FROM (OLD.resolved_at, OLD.resolved_by, OLD.resolution))
     OR (OLD.resolved_at IS NOT NULL AND
         (NEW.resolved_at, NEW.resolved_by, NEW.resolution) IS DISTINCT FROM (OLD.resolved_at, OLD.resolved_by, OLD.resolution)) THEN
    RAISE EXCEPTION 'a concern is resolved once and never edited (IN-2)'
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END;
$$;
