import { define } from '../../shared/define.js';
import { MotcuaConditionEditor } from './motcua-condition-editor.component.js';

define('motcua-condition-editor', MotcuaConditionEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-condition-editor': MotcuaConditionEditor;
  }
}

export { MotcuaConditionEditor };
