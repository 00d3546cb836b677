import { OfficerElement, officerStyles } from '@motcua/runtime';
import { css } from 'lit';
import { OfficeApi } from './office-api.js';

/**
 * What every back-office component shares: the officers' base element (server and language as
 * the runtime's components take them, attributes else the nearest provider: `<motcua-office>` is
 * one; the officer's words; `problemOf`) with the back office's API client.
 */
export class OfficeElement extends OfficerElement {
  protected override get api(): OfficeApi {
    return new OfficeApi(this.serverUrl, this.language);
  }
}

/** The look every back-office component starts from: the officers' shared styles, with the back office's fields and overdue marks. */
export const officeStyles = [
  officerStyles,
  css`
    label {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25em;
      font-weight: 600;
      min-width: 0;
      max-width: 100%;
    }
    input,
    select,
    textarea {
      padding: 0.4em;
      border: 2px solid var(--motcua-color-border, #505a5f);
      max-width: 100%;
      box-sizing: border-box;
    }
    .overdue {
      color: var(--motcua-color-error, #b00020);
      font-weight: 700;
    }
  `,
];
