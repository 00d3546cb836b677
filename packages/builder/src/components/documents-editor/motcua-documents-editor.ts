import { define } from '../../shared/define.js';
import { MotcuaDocumentsEditor } from './motcua-documents-editor.component.js';

define('motcua-documents-editor', MotcuaDocumentsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-documents-editor': MotcuaDocumentsEditor;
  }
}

export { MotcuaDocumentsEditor };
