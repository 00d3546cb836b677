import { define } from '../../shared/define.js';
import { MotcuaDashboard } from './motcua-dashboard.component.js';

define('motcua-dashboard', MotcuaDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-dashboard': MotcuaDashboard;
  }
}

export { MotcuaDashboard };
