DROP INDEX "child_duplicate_key_idx";--> statement-breakpoint
ALTER TABLE "child" DROP COLUMN "duplicate_key";