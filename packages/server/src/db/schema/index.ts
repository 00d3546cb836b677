export { calendars, catalogueListing, procedures, procedureVersions, taxonomy, versionListing } from './catalogue.js';
export { agencies, agencyOrigins, dossierApologies, dossierDocuments, dossierEvents, dossiers, dossierSequences, dossierSupplements, drafts, offerings, settings, uploads } from './dossiers.js';
export { auditLog, memberships, procedureDrafts, sessions, users } from './officers.js';
export { statisticsDaily, statisticsMonthly, statisticsOpenDossiers } from './statistics.js';
export { webhookCursor, webhookDeliveries, webhooks } from './webhooks.js';
export { documentTemplates } from './templates.js';
