import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { agencies } from './dossiers.js';
import { procedures } from './catalogue.js';

/** An officer's account: admin, reform officer or agency officer. */
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ['admin', 'reform-officer', 'agency-officer'] }).notNull(),
  /** scrypt, with its parameters and salt, so they can be raised later without breaking old hashes. */
  passwordHash: text('password_hash').notNull(),
  createdAt: text('created_at').notNull(),
  disabledAt: text('disabled_at'),
});

/** An agency officer's membership of an agency, with the step roles they may act in. */
export const memberships = sqliteTable(
  'memberships',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    agencyId: text('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** JSON array of step roles: receiver, specialist, approver. */
    stepRoles: text('step_roles').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.agencyId] })],
);

/** A signed-in session (cookie) or a machine client's bearer token, stored as the hash of the token. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['cookie', 'bearer'] }).notNull(),
    label: text('label'),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** The working copy of a procedure that reform officers edit before publishing it. */
export const procedureDrafts = sqliteTable('procedure_drafts', {
  code: text('code')
    .primaryKey()
    .references(() => procedures.code),
  body: text('body').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/** Every officer action: who, when, what, on what. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: text('user_id'),
    action: text('action').notNull(),
    target: text('target').notNull(),
    details: text('details'),
  },
  (t) => [index('audit_log_at').on(t.at)],
);
