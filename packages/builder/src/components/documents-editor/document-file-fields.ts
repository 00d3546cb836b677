import { DEFAULT_DOCUMENT_ACCEPT, DEFAULT_DOCUMENT_MAX_SIZE, FILE_TYPES, fileTypeForMime, format, formatFileSize, type Document, type Locale } from '@motcua/core';
import { html } from 'lit';
import { checkboxField, numberField } from '../../shared/field-controls.js';
import { DOCUMENTS_EDITOR_TEXT } from './documents-editor-text.js';

const MB = 1024 * 1024;

/** The same types, whatever their order or the alias an agency wrote. */
function sameTypes(a: readonly string[], b: readonly string[]): boolean {
  const canonical = (list: readonly string[]) => new Set(list.map((mime) => fileTypeForMime(mime)?.mime ?? mime));
  const left = canonical(a);
  const right = canonical(b);
  return left.size === right.size && [...left].every((mime) => right.has(mime));
}

/**
 * Which files a document accepts (core's file-type table, the types the server can recognise by
 * content; core's default PDF, JPEG and PNG when the document says nothing) and how large they
 * may be. A list equal to the default is written as no list at all.
 */
export function documentFileFields(document: Document, i: number, locale: Locale, edit: (change: Partial<Document>) => void) {
  const say = (key: keyof typeof DOCUMENTS_EDITOR_TEXT) => DOCUMENTS_EDITOR_TEXT[key][locale];
  const accepted = document.accept ?? DEFAULT_DOCUMENT_ACCEPT;
  const isAccepted = (mime: string) => accepted.some((m) => (fileTypeForMime(m)?.mime ?? m) === mime);
  // Types the table does not know stay as written; core's check names them as a problem.
  const unknown = accepted.filter((m) => !fileTypeForMime(m));
  const toggle = (mime: string, on: boolean) => {
    const known = FILE_TYPES.map((type) => type.mime).filter((m) => (m === mime ? on : isAccepted(m)));
    const next = [...known, ...unknown];
    edit({ accept: next.length === 0 || sameTypes(next, DEFAULT_DOCUMENT_ACCEPT) ? undefined : next });
  };
  return html`<fieldset class="types">
      <legend>${say('accept')}</legend>
      <p class="hint">${say('acceptDefault')}</p>
      ${FILE_TYPES.map((type) => checkboxField({ id: `document-${i}-accept-${type.id}`, label: type.label[locale], checked: isAccepted(type.mime), onChange: (on) => toggle(type.mime, on) }))}
    </fieldset>
    ${numberField({
      id: `document-${i}-max-size`,
      label: say('maxSize'),
      value: document.maxSize === undefined ? undefined : Math.round((document.maxSize / MB) * 100) / 100,
      min: 0.01,
      max: 100,
      step: 0.01,
      hint: format(DOCUMENTS_EDITOR_TEXT.maxSizeHint[locale], { size: formatFileSize(DEFAULT_DOCUMENT_MAX_SIZE, locale) }),
      onChange: (megabytes) => edit({ maxSize: megabytes === undefined ? undefined : Math.max(1, Math.round(megabytes * MB)) }),
    })}`;
}
