-- The officers' inbox search: a trigram index of every dossier's folded
-- search text, so that a substring of 3 characters or more (in a word, across
-- words, digits of a phone number, part of a code) is found from the index
-- instead of by reading every dossier the agency holds. Only
-- SqliteDossierTextSearch queries it. External content: the text stays in
-- dossiers.search_text; the index is keyed by the dossiers' rowid and kept in
-- step by the triggers below, in the transaction of every write, whatever
-- code path writes. case_sensitive 1: the text and the searches are already
-- folded by foldVietnamese, and a phrase then matches byte for byte, as LIKE
-- did; detail=full lets a phrase be answered from the index alone.
CREATE VIRTUAL TABLE `dossier_search` USING fts5(
	`search_text`,
	content = 'dossiers',
	content_rowid = 'rowid',
	tokenize = 'trigram case_sensitive 1',
	detail = full
);
--> statement-breakpoint
CREATE TRIGGER `dossiers_search_insert` AFTER INSERT ON `dossiers` BEGIN
	INSERT INTO `dossier_search` (`rowid`, `search_text`) VALUES (new.`rowid`, new.`search_text`);
END;
--> statement-breakpoint
-- 'delete' must be given exactly the text that was indexed: the old row's.
CREATE TRIGGER `dossiers_search_update` AFTER UPDATE OF `search_text` ON `dossiers` BEGIN
	INSERT INTO `dossier_search` (`dossier_search`, `rowid`, `search_text`) VALUES ('delete', old.`rowid`, old.`search_text`);
	INSERT INTO `dossier_search` (`rowid`, `search_text`) VALUES (new.`rowid`, new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `dossiers_search_delete` AFTER DELETE ON `dossiers` BEGIN
	INSERT INTO `dossier_search` (`dossier_search`, `rowid`, `search_text`) VALUES ('delete', old.`rowid`, old.`search_text`);
END;
--> statement-breakpoint
-- The dossiers already there.
INSERT INTO `dossier_search` (`dossier_search`) VALUES ('rebuild');
