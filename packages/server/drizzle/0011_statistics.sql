CREATE TABLE `statistics_daily` (
	`day` text NOT NULL,
	`agency_id` text NOT NULL,
	`procedure_code` text NOT NULL,
	`received_in_person` integer DEFAULT 0 NOT NULL,
	`received_online` integer DEFAULT 0 NOT NULL,
	`received_postal` integer DEFAULT 0 NOT NULL,
	`early` integer DEFAULT 0 NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`processing_days` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`satisfied` integer DEFAULT 0 NOT NULL,
	`acceptable` integer DEFAULT 0 NOT NULL,
	`unsatisfied` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`agency_id`, `day`, `procedure_code`)
);
--> statement-breakpoint
CREATE INDEX `statistics_daily_procedure` ON `statistics_daily` (`procedure_code`,`day`,`agency_id`);--> statement-breakpoint
CREATE TABLE `statistics_monthly` (
	`month` text NOT NULL,
	`agency_id` text NOT NULL,
	`procedure_code` text NOT NULL,
	`received_in_person` integer DEFAULT 0 NOT NULL,
	`received_online` integer DEFAULT 0 NOT NULL,
	`received_postal` integer DEFAULT 0 NOT NULL,
	`early` integer DEFAULT 0 NOT NULL,
	`on_time` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`processing_days` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`satisfied` integer DEFAULT 0 NOT NULL,
	`acceptable` integer DEFAULT 0 NOT NULL,
	`unsatisfied` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`agency_id`, `month`, `procedure_code`)
);
--> statement-breakpoint
CREATE INDEX `statistics_monthly_procedure` ON `statistics_monthly` (`procedure_code`,`month`,`agency_id`);--> statement-breakpoint
CREATE TABLE `statistics_open_dossiers` (
	`code` text PRIMARY KEY NOT NULL,
	`agency_id` text NOT NULL,
	`procedure_code` text NOT NULL,
	`due_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `statistics_open_due` ON `statistics_open_dossiers` (`due_at`);--> statement-breakpoint
CREATE INDEX `dossiers_agency_submitted` ON `dossiers` (`agency_id`,`submitted_at`);