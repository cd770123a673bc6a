CREATE TABLE "review_queue_counts" (
	"university_key" uuid PRIMARY KEY NOT NULL,
	"waiting" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_recovery_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TYPE "public"."staff_role" RENAME VALUE 'university' TO 'reviewer';--> statement-breakpoint
ALTER TABLE "staff_users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "review_status" "account_status";--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "setup_token_hash" text;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "setup_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "totp_secret" text;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "totp_enabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "totp_last_step" integer;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "password_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "staff_users" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD COLUMN "number" serial NOT NULL;--> statement-breakpoint
ALTER TABLE "universities" ADD COLUMN "active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_recovery_codes" ADD CONSTRAINT "staff_recovery_codes_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_sessions" ADD CONSTRAINT "staff_sessions_staff_id_staff_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_recovery_codes_uq" ON "staff_recovery_codes" USING btree ("staff_id","code_hash");--> statement-breakpoint
CREATE INDEX "staff_sessions_staff_idx" ON "staff_sessions" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "accounts_national_code_prefix_idx" ON "accounts" USING btree ("national_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "accounts_last_name_prefix_idx" ON "accounts" USING btree ("last_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_events_created_idx" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "profiles_queue_idx" ON "profiles" USING btree ("university_id","review_status","submitted_at","account_id");--> statement-breakpoint
CREATE INDEX "profiles_queue_all_idx" ON "profiles" USING btree ("review_status","submitted_at","account_id");--> statement-breakpoint
CREATE INDEX "support_tickets_status_updated_idx" ON "support_tickets" USING btree ("status","updated_at");--> statement-breakpoint
ALTER TABLE "staff_users" ADD CONSTRAINT "staff_users_setup_token_hash_unique" UNIQUE("setup_token_hash");--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_number_unique" UNIQUE("number");--> statement-breakpoint
-- Hand-written (data): the queue reads the status from submitted profiles; copy it for existing rows.
UPDATE "profiles" SET "review_status" = "accounts"."status" FROM "accounts" WHERE "accounts"."id" = "profiles"."account_id" AND "profiles"."submitted_at" IS NOT NULL;--> statement-breakpoint
-- Hand-written (data): the waiting counts of existing submissions.
INSERT INTO "review_queue_counts" ("university_key", "waiting") SELECT coalesce("university_id", '00000000-0000-0000-0000-000000000000'::uuid), count(*)::int FROM "profiles" WHERE "review_status" = 'profile_submitted' GROUP BY 1;
