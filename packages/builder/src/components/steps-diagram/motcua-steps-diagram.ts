import { define } from '../../shared/define.js';
import { MotcuaStepsDiagram } from './motcua-steps-diagram.component.js';

define('motcua-steps-diagram', MotcuaStepsDiagram);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-steps-diagram': MotcuaStepsDiagram;
  }
}

export { MotcuaStepsDiagram };
