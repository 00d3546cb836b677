import { define } from '../../shared/define.js';
import '../procedure-editor/motcua-procedure-editor.js';
import '../procedure-list/motcua-procedure-list.js';
import { MotcuaBuilder } from './motcua-builder.component.js';

define('motcua-builder', MotcuaBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-builder': MotcuaBuilder;
  }
}

export { MotcuaBuilder };
