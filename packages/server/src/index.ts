export { createApp, type AppOptions } from './app.js';
export { isEmpty, loadCatalogueInto } from './catalogue/catalogue-loader.js';
export { CatalogueError, type CatalogueLoad } from './catalogue/load-catalogue.js';
export { readCatalogueFolder } from './catalogue/read-catalogue-folder.js';
export { ConfigError, loadConfig, type Config, type ConfigProblem } from './config/config.js';
export { openDatabase, type DatabaseHandle, type Db } from './db/open-database.js';
export { ApiError } from './http/api-error.js';
export type { ErrorBody } from './http/error-handler.js';
export type { ProcedurePage, ProcedureQuery, ProcedureSearch, ProcedureSummary } from './search/procedure-search.js';
