import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './officers.js';

/**
 * A document template (mẫu đơn, tờ khai) a reform officer uploaded for citizens to download. Its
 * bytes live in the file store under their SHA-256, shared with any upload of the same bytes, and
 * never change under its id; the start-up sweep keeps every file a template refers to.
 */
export const documentTemplates = sqliteTable(
  'document_templates',
  {
    id: text('id').primaryKey(),
    sha256: text('sha256').notNull(),
    /** The officer's file name, cleaned: what the download is saved as and the last segment of its URL. */
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('document_templates_sha256').on(t.sha256)],
);
