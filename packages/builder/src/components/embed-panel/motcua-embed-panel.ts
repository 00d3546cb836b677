import { define } from '../../shared/define.js';
import { MotcuaEmbedPanel } from './motcua-embed-panel.component.js';

define('motcua-embed-panel', MotcuaEmbedPanel);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-embed-panel': MotcuaEmbedPanel;
  }
}

export { MotcuaEmbedPanel };
