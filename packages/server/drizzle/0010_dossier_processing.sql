CREATE TABLE `dossier_apologies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_code` text NOT NULL,
	`created_at` text NOT NULL,
	`kind` text NOT NULL,
	`old_date` text NOT NULL,
	`new_date` text NOT NULL,
	`reason` text NOT NULL,
	`text_vi` text NOT NULL,
	`text_en` text NOT NULL,
	`officer_id` text NOT NULL,
	FOREIGN KEY (`dossier_code`) REFERENCES `dossiers`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_apologies_dossier` ON `dossier_apologies` (`dossier_code`);--> statement-breakpoint
CREATE TABLE `dossier_supplements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_code` text NOT NULL,
	`requested_at` text NOT NULL,
	`requested_by` text NOT NULL,
	`reason` text NOT NULL,
	`documents` text NOT NULL,
	`fields` text NOT NULL,
	`status_before` text NOT NULL,
	`answered_at` text,
	`answered_by` text,
	`answer` text,
	FOREIGN KEY (`dossier_code`) REFERENCES `dossiers`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_supplements_dossier` ON `dossier_supplements` (`dossier_code`);--> statement-breakpoint
ALTER TABLE `dossier_documents` ADD `supplement_id` integer;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `actor_name` text;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `actor_role` text;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `from_step` text;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `to_step` text;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `to_agency` text;--> statement-breakpoint
ALTER TABLE `dossier_events` ADD `details` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `step_id` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `holder_agency_id` text REFERENCES agencies(id);--> statement-breakpoint
ALTER TABLE `dossiers` ADD `received_at` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `service_level` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `paused_at` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `extension_days` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `result_ready_at` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `completed_at` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `timeliness` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `return_method` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `result_upload_id` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `tracking_number` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `rating` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `rating_comment` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `rated_at` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `applicant_name` text;--> statement-breakpoint
ALTER TABLE `dossiers` ADD `search_text` text;--> statement-breakpoint
CREATE INDEX `dossiers_holder_submitted` ON `dossiers` (`holder_agency_id`,`submitted_at`,`code`);--> statement-breakpoint
CREATE INDEX `dossiers_holder_status` ON `dossiers` (`holder_agency_id`,`status`,`submitted_at`,`code`);--> statement-breakpoint
CREATE INDEX `dossiers_holder_open_due` ON `dossiers` (`holder_agency_id`,`due_at`,`code`) WHERE "dossiers"."status" NOT IN ('returned', 'rejected', 'withdrawn');--> statement-breakpoint
UPDATE `dossiers` SET `holder_agency_id` = `agency_id`, `search_text` = lower(`code`) WHERE `holder_agency_id` IS NULL;
