CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`body` text NOT NULL,
	`hash` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_code_unique` ON `agencies` (`code`);--> statement-breakpoint
CREATE TABLE `agency_origins` (
	`origin` text NOT NULL,
	`agency_id` text NOT NULL,
	PRIMARY KEY(`origin`, `agency_id`),
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dossier_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_code` text NOT NULL,
	`document_id` text NOT NULL,
	`upload_id` text,
	`by_post` integer NOT NULL,
	FOREIGN KEY (`dossier_code`) REFERENCES `dossiers`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`upload_id`) REFERENCES `uploads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_documents_dossier` ON `dossier_documents` (`dossier_code`);--> statement-breakpoint
CREATE TABLE `dossier_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_code` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text,
	FOREIGN KEY (`dossier_code`) REFERENCES `dossiers`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dossier_events_dossier` ON `dossier_events` (`dossier_code`);--> statement-breakpoint
CREATE TABLE `dossier_sequences` (
	`agency_id` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `year`)
);
--> statement-breakpoint
CREATE TABLE `dossiers` (
	`code` text PRIMARY KEY NOT NULL,
	`procedure_code` text NOT NULL,
	`version` integer NOT NULL,
	`agency_id` text NOT NULL,
	`case_id` text NOT NULL,
	`channel` text NOT NULL,
	`delivery` text NOT NULL,
	`delivery_address` text,
	`applicant_category` text,
	`answers` text NOT NULL,
	`fee` text NOT NULL,
	`fee_total` integer NOT NULL,
	`status` text NOT NULL,
	`submitted_at` text NOT NULL,
	`expected_date` text,
	`due_at` text,
	`idempotency_key` text NOT NULL,
	`request_hash` text NOT NULL,
	`receipt` text NOT NULL,
	FOREIGN KEY (`procedure_code`) REFERENCES `procedures`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossiers_idempotency` ON `dossiers` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `dossiers_agency_status` ON `dossiers` (`agency_id`,`status`);--> statement-breakpoint
CREATE INDEX `dossiers_submitted` ON `dossiers` (`submitted_at`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`code_hash` text PRIMARY KEY NOT NULL,
	`procedure_code` text NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drafts_expires` ON `drafts` (`expires_at`);--> statement-breakpoint
CREATE TABLE `offerings` (
	`agency_id` text NOT NULL,
	`procedure_code` text NOT NULL,
	`body` text NOT NULL,
	PRIMARY KEY(`agency_id`, `procedure_code`),
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `offerings_procedure` ON `offerings` (`procedure_code`);--> statement-breakpoint
CREATE TABLE `settings` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`dossier_code` text
);
--> statement-breakpoint
CREATE INDEX `uploads_sha256` ON `uploads` (`sha256`);--> statement-breakpoint
CREATE INDEX `uploads_created` ON `uploads` (`created_at`);