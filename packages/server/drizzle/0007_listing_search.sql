ALTER TABLE `version_listing` ADD `search_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `version_listing` SET `search_text` = COALESCE((SELECT s.`text` FROM `procedure_search` s WHERE s.`code` = `version_listing`.`code` AND s.`version` = `version_listing`.`version`), '');
--> statement-breakpoint
DROP TABLE `procedure_search`;
--> statement-breakpoint
-- Full-text index of the catalogue in force only, one row per procedure, its
-- rowid that of the procedure's catalogue_listing row, so counting and paging
-- a broad query needs no join. SqliteProcedureSearch keeps it with the listing.
CREATE VIRTUAL TABLE `listing_search` USING fts5(
	`text`,
	tokenize = 'unicode61',
	prefix = '1 2 3'
);
--> statement-breakpoint
DELETE FROM `catalogue_listing`;
