import { define } from '../../shared/define.js';
import { MotcuaSchemaPanel } from './motcua-schema-panel.component.js';

define('motcua-schema-panel', MotcuaSchemaPanel);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-schema-panel': MotcuaSchemaPanel;
  }
}

export { MotcuaSchemaPanel };
