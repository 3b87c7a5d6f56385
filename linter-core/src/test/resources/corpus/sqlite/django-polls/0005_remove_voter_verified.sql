BEGIN;
--
-- Remove field verified from voter
--
ALTER TABLE "polls_voter" DROP COLUMN "verified";
--
-- Rename field joined on voter to joined_at
--
ALTER TABLE "polls_voter" RENAME COLUMN "joined" TO "joined_at";
--
-- Add field display_name to voter
--
ALTER TABLE "polls_voter" ADD COLUMN "display_name" varchar(100) DEFAULT '' NOT NULL;
--
-- Raw SQL operation
--
UPDATE "polls_voter" SET "display_name" = substr("email", 1, instr("email", '@') - 1) WHERE "display_name" = '';
--
-- Delete model Tag
--
DROP TABLE "polls_question_tags";
DROP TABLE "polls_tag";
COMMIT;
