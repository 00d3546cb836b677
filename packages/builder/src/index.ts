export { MotcuaBuilder } from './components/builder/motcua-builder.component.js';
export { MotcuaProcedureEditor } from './components/procedure-editor/motcua-procedure-editor.component.js';
export { MotcuaProcedureList } from './components/procedure-list/motcua-procedure-list.component.js';
export { MotcuaPublishPanel } from './components/publish-panel/motcua-publish-panel.component.js';
export { ApiProblem, BuilderApi, type Officer, type ProcedureOverview, type ProcedureStatus } from './shared/builder-api.js';
export { compileValidators } from './shared/compile-validators.js';
