import { define } from '../../shared/define.js';
import { MotcuaPublishPanel } from './motcua-publish-panel.component.js';

define('motcua-publish-panel', MotcuaPublishPanel);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-publish-panel': MotcuaPublishPanel;
  }
}

export { MotcuaPublishPanel };
