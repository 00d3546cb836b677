export { calendars, procedures, procedureVersions, taxonomy } from './catalogue.js';
export { agencies, agencyOrigins, dossierDocuments, dossierEvents, dossiers, dossierSequences, drafts, offerings, settings, uploads } from './dossiers.js';
