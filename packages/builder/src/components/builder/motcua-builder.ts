import { MotcuaSignIn } from '@motcua/runtime';
import { define } from '../../shared/define.js';
import '../procedure-editor/motcua-procedure-editor.js';
import '../procedure-list/motcua-procedure-list.js';
import { MotcuaBuilder } from './motcua-builder.component.js';

// The officers' sign-in, registered here from the runtime so the builder ships as one file.
define('motcua-sign-in', MotcuaSignIn);
define('motcua-builder', MotcuaBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-builder': MotcuaBuilder;
  }
}

export { MotcuaBuilder };
