-- Prefix indexes for 1 to 3 characters: every word a citizen types is a
-- prefix query ("khai"*), and without them FTS5 walks the whole term list.
CREATE VIRTUAL TABLE `procedure_search_new` USING fts5(
	`code` UNINDEXED,
	`version` UNINDEXED,
	`text`,
	tokenize = 'unicode61',
	prefix = '1 2 3'
);
--> statement-breakpoint
INSERT INTO `procedure_search_new` (`code`, `version`, `text`) SELECT `code`, `version`, `text` FROM `procedure_search`;
--> statement-breakpoint
DROP TABLE `procedure_search`;
--> statement-breakpoint
ALTER TABLE `procedure_search_new` RENAME TO `procedure_search`;
