import { css } from 'lit';

/** See the posting's styles: the page's CSS stops at the host; custom properties and parts theme it. */
export const dossierStatusStyles = css`
  label {
    display: block;
    font-weight: 600;
    margin-top: 0.75em;
  }
  .hint {
    display: block;
    color: var(--motcua-color-muted, #505a5f);
  }
  .field-error {
    display: block;
    color: var(--motcua-color-error, #d4351c);
    font-weight: 600;
  }
  input,
  textarea,
  select {
    font: inherit;
    padding: 0.35em;
    border: 2px solid var(--motcua-color-text, #1b1b1b);
    width: min(100%, 22em);
    box-sizing: border-box;
  }
  input:not([type='radio']),
  textarea,
  select {
    display: block;
  }
  textarea {
    width: min(100%, 32em);
  }
  input[type='radio'] {
    width: 1.5em;
    height: 1.5em;
    margin: 0 0.5em 0 0;
    vertical-align: middle;
  }
  .choice {
    margin: 0.4em 0;
  }
  .choice label {
    display: inline;
    font-weight: 400;
    margin: 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 1em 0 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #d4351c);
  }
  button {
    font: inherit;
    margin-top: 1em;
    padding: 0.4em 1em;
    background: var(--motcua-color-accent, #00703c);
    color: #fff;
    border: 0;
    cursor: pointer;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: default;
  }
  button.secondary {
    background: #f3f2f1;
    color: var(--motcua-color-text, #1b1b1b);
    border: 2px solid var(--motcua-color-text, #1b1b1b);
  }
  button.warning-button {
    background: var(--motcua-color-error, #d4351c);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .block {
    border-top: 2px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 1.5em;
    padding-top: 0.5em;
  }
  .notice {
    border-left: 6px solid var(--motcua-color-accent, #00703c);
    padding: 0.5em 1em;
    font-weight: 600;
  }
  .paused,
  .warning {
    display: block;
    border-left: 6px solid var(--motcua-color-muted, #505a5f);
    padding-left: 0.75em;
  }
  .reason {
    white-space: pre-line;
  }
  .apology {
    border: 2px solid var(--motcua-color-border, #b1b4b6);
    padding: 0 1em;
    margin: 0.75em 0;
  }
  motcua-document-slot {
    display: block;
    margin-bottom: 1.25em;
  }
  .summary {
    border: 4px solid var(--motcua-color-error, #d4351c);
    padding: 0.75em 1em;
    margin-bottom: 1em;
  }
  .summary a {
    color: var(--motcua-color-error, #d4351c);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
