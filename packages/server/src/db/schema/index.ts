export { calendars, catalogueListing, procedures, procedureVersions, taxonomy, versionListing } from './catalogue.js';
export { agencies, agencyOrigins, dossierDocuments, dossierEvents, dossiers, dossierSequences, drafts, offerings, settings, uploads } from './dossiers.js';
export { auditLog, memberships, procedureDrafts, sessions, users } from './officers.js';
export { webhookCursor, webhookDeliveries, webhooks } from './webhooks.js';
