import { define } from '../../shared/define.js';
import { MotcuaStepsEditor } from './motcua-steps-editor.component.js';

define('motcua-steps-editor', MotcuaStepsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-steps-editor': MotcuaStepsEditor;
  }
}

export { MotcuaStepsEditor };
