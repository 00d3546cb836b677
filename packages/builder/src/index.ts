export { MotcuaBuilder } from './components/builder/motcua-builder.component.js';
export { MotcuaNewProcedure } from './components/new-procedure/motcua-new-procedure.component.js';
export { MotcuaProcedureEditor } from './components/procedure-editor/motcua-procedure-editor.component.js';
export { MotcuaProcedureList } from './components/procedure-list/motcua-procedure-list.component.js';
export { MotcuaPublishPanel } from './components/publish-panel/motcua-publish-panel.component.js';
export { MotcuaVersionHistory } from './components/version-history/motcua-version-history.component.js';
export { ApiProblem, BuilderApi, type Officer, type ProcedureOverview, type ProcedureStatus, type PublishedVersion } from './shared/builder-api.js';
export { compileValidators } from './shared/compile-validators.js';
export { MotcuaSchemaPanel, type PanelChangeDetail } from './components/schema-panel/motcua-schema-panel.component.js';
