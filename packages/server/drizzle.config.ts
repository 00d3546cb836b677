import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: ['./src/db/schema/catalogue.ts', './src/db/schema/dossiers.ts', './src/db/schema/officers.ts', './src/db/schema/statistics.ts', './src/db/schema/webhooks.ts', './src/db/schema/templates.ts'],
  out: './drizzle',
});
