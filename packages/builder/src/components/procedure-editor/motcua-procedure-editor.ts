import { MotcuaForm } from '@motcua/runtime';
import { define } from '../../shared/define.js';
import '../embed-panel/motcua-embed-panel.js';
import '../json-view/motcua-json-view.js';
import '../publish-panel/motcua-publish-panel.js';
import '../version-history/motcua-version-history.js';
import { MotcuaProcedureEditor } from './motcua-procedure-editor.component.js';

// The preview is the citizens' own form, registered here when the page has not registered it yet.
define('motcua-form', MotcuaForm);
define('motcua-procedure-editor', MotcuaProcedureEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-procedure-editor': MotcuaProcedureEditor;
  }
}

export { MotcuaProcedureEditor };
