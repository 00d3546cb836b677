CREATE TABLE `catalogue_listing` (
	`code` text PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`effective_from` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text,
	`sector` text NOT NULL,
	`tier` text NOT NULL,
	`online_level` text NOT NULL,
	`channels` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `catalogue_listing_sector` ON `catalogue_listing` (`sector`);--> statement-breakpoint
CREATE INDEX `catalogue_listing_tier` ON `catalogue_listing` (`tier`);--> statement-breakpoint
CREATE TABLE `version_listing` (
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`effective_from` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text,
	`sector` text NOT NULL,
	`tier` text NOT NULL,
	`online_level` text NOT NULL,
	`channels` text NOT NULL,
	PRIMARY KEY(`code`, `version`)
);
--> statement-breakpoint
CREATE INDEX `version_listing_effective` ON `version_listing` (`effective_from`);--> statement-breakpoint
INSERT INTO `version_listing` (`code`, `version`, `effective_from`, `name_vi`, `name_en`, `sector`, `tier`, `online_level`, `channels`)
SELECT `code`, `version`, `effective_from`, `name_vi`, `name_en`, `sector`, `tier`, `online_level`, `channels` FROM `procedure_versions`;
