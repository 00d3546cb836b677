import { define } from '../shared/define.js';
import { MotcuaDocumentSlot, type DocumentChangeDetail } from './motcua-document-slot.component.js';

define('motcua-document-slot', MotcuaDocumentSlot);

declare global {
  interface HTMLElementTagNameMap {
    'motcua-document-slot': MotcuaDocumentSlot;
  }
  interface HTMLElementEventMap {
    'motcua-document-change': CustomEvent<DocumentChangeDetail>;
  }
}

export { MotcuaDocumentSlot };
export type { DocumentChangeDetail, DocumentSlotValue, UploadedFile } from './motcua-document-slot.component.js';
