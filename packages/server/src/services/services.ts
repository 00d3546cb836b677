import type { Config } from '../config/config.js';
import { AgencyStore } from '../db/agency-store.js';
import { CatalogueStore } from '../db/catalogue-store.js';
import { AuditStore } from '../db/audit-store.js';
import { CommitBatcher } from '../db/commit-batcher.js';
import { SessionStore } from '../db/session-store.js';
import { TemplateStore } from '../db/template-store.js';
import { UserStore } from '../db/user-store.js';
import { DossierInboxStore } from '../db/dossier-inbox-store.js';
import { DossierStore } from '../db/dossier-store.js';
import { DossierSupplementStore } from '../db/dossier-supplement-store.js';
import { DraftStore } from '../db/draft-store.js';
import { UploadStore } from '../db/upload-store.js';
import { FileStore } from '../files/file-store.js';
import type { Db } from '../db/open-database.js';
import { ProcedureAdminStore } from '../db/procedure-admin-store.js';
import { ProcedureStore } from '../db/procedure-store.js';
import type { ProcedureSearch } from '../search/procedure-search.js';
import type { SubmissionResult } from '../submission/submit-dossier.js';
import { SqliteDossierTextSearch } from '../search/sqlite-dossier-text-search.js';
import { SqliteProcedureSearch } from '../search/sqlite-procedure-search.js';
import { StatisticsStore } from '../statistics/statistics-store.js';
import { CompiledVersions } from './compiled-versions.js';
import { DossierSecrets } from './dossier-secrets.js';
import { ResolvedCalendars } from './resolved-calendars.js';
import { ValidatorModules } from './validator-modules.js';
import { WebhookStore } from '../webhooks/webhook-store.js';

/** What route handlers work with; built once per app, never a module-level singleton. */
export interface Services {
  db: Db;
  config: Config;
  procedures: ProcedureStore;
  search: ProcedureSearch;
  catalogue: CatalogueStore;
  agencies: AgencyStore;
  compiled: CompiledVersions;
  /** Versions' browser validator modules, rebuilt when stored in an older format. */
  validatorModules: ValidatorModules;
  calendars: ResolvedCalendars;
  dossiers: DossierStore;
  /** The officers' inbox queries. */
  inbox: DossierInboxStore;
  /** Supplement requests and apology notices. */
  supplements: DossierSupplementStore;
  drafts: DraftStore;
  uploads: UploadStore;
  /** Document templates officers uploaded; their bytes are in `files` too. */
  templates: TemplateStore;
  files: FileStore;
  secrets: DossierSecrets;
  users: UserStore;
  procedureAdmin: ProcedureAdminStore;
  sessions: SessionStore;
  audit: AuditStore;
  /** The statistics rollups, kept by the processing ledger. */
  statistics: StatisticsStore;
  /** Agencies' webhooks and their delivery log. */
  webhooks: WebhookStore;
  /** Group commit of citizens' submissions. */
  commits: CommitBatcher;
  /** Submissions checked and waiting for their commit, by Idempotency-Key. */
  pendingSubmissions: Map<string, { requestHash: string; result: Promise<SubmissionResult> }>;
  /** The current instant; tests pass a fixed one. */
  now: () => Date;
}

export function createServices(db: Db, config: Config, now: () => Date = () => new Date()): Services {
  const search = new SqliteProcedureSearch(db);
  const catalogue = new CatalogueStore(db);
  const procedures = new ProcedureStore(db, search);
  return {
    db,
    config,
    search,
    procedures,
    catalogue,
    agencies: new AgencyStore(db),
    compiled: new CompiledVersions((code, version) => procedures.version(code, version)?.definitionText),
    validatorModules: new ValidatorModules(procedures),
    calendars: new ResolvedCalendars(catalogue),
    dossiers: new DossierStore(db),
    inbox: new DossierInboxStore(db, new SqliteDossierTextSearch(db)),
    supplements: new DossierSupplementStore(db),
    drafts: new DraftStore(db),
    uploads: new UploadStore(db),
    templates: new TemplateStore(db),
    files: new FileStore(config.uploadDir),
    secrets: new DossierSecrets(db, config.secretKey),
    users: new UserStore(db),
    procedureAdmin: new ProcedureAdminStore(db),
    sessions: new SessionStore(db),
    audit: new AuditStore(db),
    statistics: new StatisticsStore(db),
    webhooks: new WebhookStore(db),
    commits: new CommitBatcher(db),
    pendingSubmissions: new Map(),
    now,
  };
}
