export { MotcuaCatalogue } from './components/catalogue/motcua-catalogue.component.js';
export { MotcuaDossierStatus, type DossierStatus } from './components/dossier-status/motcua-dossier-status.component.js';
export { MotcuaProcedure, type ProcedureOffering } from './components/procedure/motcua-procedure.component.js';
export { motcuaContext, type MotcuaConfig } from './components/provider/motcua-context.js';
export { MotcuaProvider } from './components/provider/motcua-provider.component.js';
export { MotcuaElement, type MotcuaErrorDetail } from './components/shared/motcua-element.js';
export { money, RUNTIME_TEXT, textIn, type RuntimeTextKey } from './i18n/runtime-text.js';
