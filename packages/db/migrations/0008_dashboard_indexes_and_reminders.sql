ALTER TYPE "public"."notification_kind" ADD VALUE 'action_due';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'review_due';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'verbal_consent_unconfirmed';--> statement-breakpoint
ALTER TABLE "child" ADD COLUMN "duplicate_key" text GENERATED ALWAYS AS (case when merged_into_id is null and not is_unborn and date_of_birth is not null then
        (date_of_birth - date '2000-01-01')::text || ':' ||
        coalesce(nullif(dmetaphone(family_name), ''), lower(regexp_replace(family_name, '[^[:alpha:]]', '', 'g'))) || ':' ||
        coalesce(nullif(dmetaphone(split_part(trim(given_names), ' ', 1)), ''), lower(split_part(trim(given_names), ' ', 1)))
      end) STORED;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "about_id" uuid;--> statement-breakpoint
ALTER TABLE "notification" ADD COLUMN "due_on" date;--> statement-breakpoint
CREATE INDEX "child_duplicate_key_idx" ON "child" USING btree ("authority_id","duplicate_key") WHERE "child"."duplicate_key" is not null;--> statement-breakpoint
CREATE INDEX "plan_action_open_due_idx" ON "plan_action" USING btree ("due_on") WHERE "plan_action"."status" in ('not_started', 'in_progress');--> statement-breakpoint
CREATE UNIQUE INDEX "notification_reminder_once_idx" ON "notification" USING btree ("user_id","kind","about_id","due_on") WHERE "notification"."about_id" is not null;