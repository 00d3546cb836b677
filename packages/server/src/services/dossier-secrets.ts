import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { settings } from '../db/schema/index.js';

const KEY_SETTING = 'dossier-secret-key';

/**
 * The secret that lets a citizen follow a dossier is derived from its code
 * with a server key (HMAC-SHA-256), so no secret is ever stored: a replayed
 * submission can hand the same secret back, and a copy of the database alone
 * cannot open anyone's dossier.
 */
export class DossierSecrets {
  private readonly key: Buffer;

  constructor(db: Db, configured?: string) {
    if (configured) {
      this.key = Buffer.from(configured, 'utf8');
      return;
    }
    const row = db.select().from(settings).where(eq(settings.name, KEY_SETTING)).get();
    if (row) {
      this.key = Buffer.from(row.value, 'hex');
      return;
    }
    const made = randomBytes(32).toString('hex');
    db.insert(settings).values({ name: KEY_SETTING, value: made }).onConflictDoNothing().run();
    const kept = db.select().from(settings).where(eq(settings.name, KEY_SETTING)).get();
    this.key = Buffer.from(kept?.value ?? made, 'hex');
  }

  secretFor(code: string): string {
    return createHmac('sha256', this.key).update(code).digest('base64url').slice(0, 22);
  }

  verify(code: string, secret: string): boolean {
    const expected = Buffer.from(this.secretFor(code));
    const given = Buffer.from(secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
