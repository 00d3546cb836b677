import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A procedure: its stable public code and where it stands. Its published
 * versions are immutable rows of `procedure_versions`.
 */
export const procedures = sqliteTable('procedures', {
  code: text('code').primaryKey(),
  status: text('status', { enum: ['draft', 'published', 'retired'] }).notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * One published version of a procedure, never changed once written: a
 * dossier is always judged by the version it was filed under. What lists and
 * search show of it is in `version_listing`, so these large rows are read
 * only when a definition or module is wanted.
 */
export const procedureVersions = sqliteTable(
  'procedure_versions',
  {
    code: text('code')
      .notNull()
      .references(() => procedures.code),
    version: integer('version').notNull(),
    /** The definition as JSON text, byte for byte what was published. */
    definition: text('definition').notNull(),
    /** SHA-256 of `definition`: the strong ETag and the catalogue loader's change check. */
    hash: text('hash').notNull(),
    effectiveFrom: text('effective_from').notNull(),
    publishedAt: text('published_at').notNull(),
    /** The browser validator module built at publication: ajv standalone code bundled into one ES module. */
    validatorModule: text('validator_module').notNull().default(''),
    /**
     * The module's `moduleFormat`. A module of an older format is rebuilt from the definition when
     * it is asked for; rows from before this column hold modules of format 1.
     */
    validatorModuleFormat: integer('validator_module_format').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.code, t.version] }),
    index('procedure_versions_effective').on(t.code, t.effectiveFrom),
  ],
);

/** Working-day calendars, as the files in catalogue/calendars hold them. */
export const calendars = sqliteTable('calendars', {
  id: text('id').primaryKey(),
  body: text('body').notNull(),
  hash: text('hash').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** The configurable tier and sector lists, as catalogue/taxonomy.json holds them. */
export const taxonomy = sqliteTable('taxonomy', {
  id: integer('id').primaryKey(),
  body: text('body').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`CURRENT_TIMESTAMP`),
});

/** What a catalogue list shows of a version. A function, because each table needs its own column objects. */
function listingColumns() {
  return {
    effectiveFrom: text('effective_from').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    sector: text('sector').notNull(),
    tier: text('tier').notNull(),
    onlineLevel: text('online_level').notNull(),
    /** Channel kinds between commas (",in-person,online,") so a portable LIKE can filter them. */
    channels: text('channels').notNull(),
  };
}

/**
 * The listing columns of every published version, in rows small enough that
 * finding what is in force never reads a definition or a validator module.
 */
export const versionListing = sqliteTable(
  'version_listing',
  {
    code: text('code').notNull(),
    version: integer('version').notNull(),
    ...listingColumns(),
    /** The version's words, folded by foldVietnamese: what the search index holds while it is in force. */
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.code, t.version] }), index('version_listing_effective').on(t.effectiveFrom)],
);

/**
 * The catalogue as citizens see it now: the version in force of every
 * published procedure, one row each. Kept by the search index, which
 * rebuilds it when the catalogue changes or a later version comes into force.
 */
export const catalogueListing = sqliteTable(
  'catalogue_listing',
  {
    code: text('code').primaryKey(),
    version: integer('version').notNull(),
    ...listingColumns(),
  },
  (t) => [index('catalogue_listing_sector').on(t.sector), index('catalogue_listing_tier').on(t.tier)],
);
