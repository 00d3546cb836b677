DROP INDEX `procedure_versions_sector`;--> statement-breakpoint
DROP INDEX `procedure_versions_tier`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `name_vi`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `name_en`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `sector`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `tier`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `online_level`;--> statement-breakpoint
ALTER TABLE `procedure_versions` DROP COLUMN `channels`;