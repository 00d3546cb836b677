import { MotcuaForm } from '@motcua/runtime';
import { define } from '../../shared/define.js';
import '../intake-slip/motcua-intake-slip.js';
import { MotcuaCounterIntake } from './motcua-counter-intake.component.js';

// The citizens' own form, registered here from the runtime so the back office ships as one file.
define('motcua-form', MotcuaForm);
define('motcua-counter-intake', MotcuaCounterIntake);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-counter-intake': MotcuaCounterIntake;
  }
}

export { MotcuaCounterIntake };
