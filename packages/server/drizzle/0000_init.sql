CREATE TABLE `calendars` (
	`id` text PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`hash` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `procedure_versions` (
	`code` text NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`hash` text NOT NULL,
	`effective_from` text NOT NULL,
	`published_at` text NOT NULL,
	`name_vi` text NOT NULL,
	`name_en` text,
	`sector` text NOT NULL,
	`tier` text NOT NULL,
	`online_level` text NOT NULL,
	`channels` text NOT NULL,
	PRIMARY KEY(`code`, `version`),
	FOREIGN KEY (`code`) REFERENCES `procedures`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `procedure_versions_effective` ON `procedure_versions` (`code`,`effective_from`);--> statement-breakpoint
CREATE INDEX `procedure_versions_sector` ON `procedure_versions` (`sector`);--> statement-breakpoint
CREATE INDEX `procedure_versions_tier` ON `procedure_versions` (`tier`);--> statement-breakpoint
CREATE TABLE `procedures` (
	`code` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `taxonomy` (
	`id` integer PRIMARY KEY NOT NULL,
	`body` text NOT NULL,
	`updated_at` text DEFAULT CURRENT_TIMESTAMP NOT NULL
);
