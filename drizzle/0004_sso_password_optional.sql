ALTER TABLE "users" DROP CONSTRAINT "users_password_hash_argon2id";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_password_hash_argon2id" CHECK ("users"."password_hash" is null or "users"."password_hash" like '$argon2id$%');