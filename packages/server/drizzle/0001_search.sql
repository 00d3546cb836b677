-- Full-text search over published versions (SQLite FTS5). Only the SQLite
-- implementation of SearchIndex touches this table; route handlers never do.
-- `text` holds names, sector, keywords and description already folded by
-- foldVietnamese (no diacritics, đ as d, lower case), because FTS5's own
-- remove_diacritics leaves đ alone.
CREATE VIRTUAL TABLE `procedure_search` USING fts5(
	`code` UNINDEXED,
	`version` UNINDEXED,
	`text`,
	tokenize = 'unicode61'
);
