import { css } from 'lit';

/** On top of hostStyles; sized for a 320 px phone, where a long file name must wrap, not overflow. */
export const documentSlotStyles = css`
  .group.invalid {
    border-inline-start: 5px solid var(--motcua-color-error, #d4351c);
    padding-inline-start: 0.75em;
  }
  label {
    font-weight: 600;
  }
  [part='label'] {
    display: block;
    font-size: 1.1em;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
  }
  .hint p {
    margin: 0.25em 0;
  }
  .error {
    color: var(--motcua-color-error, #d4351c);
    font-weight: 600;
    margin: 0.25em 0;
  }
  .error p {
    margin: 0.25em 0;
  }
  a {
    color: var(--motcua-color-link, #1d70b8);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
    box-sizing: border-box;
    margin: 0.5em 0;
    padding: 0.25em;
    border: 2px solid transparent;
  }
  input[type='file'][aria-invalid='true'] {
    border-color: var(--motcua-color-error, #d4351c);
  }
  input[type='file']::file-selector-button,
  button {
    font: inherit;
    padding: 0.35em 0.9em;
    min-height: 2.75em;
    border: 2px solid var(--motcua-color-accent, #00703c);
    background: #fff;
    color: var(--motcua-color-accent, #00703c);
    cursor: pointer;
  }
  input[type='file']::file-selector-button {
    background: var(--motcua-color-accent, #00703c);
    color: #fff;
    margin-inline-end: 0.75em;
  }
  .by-post {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5em;
    align-items: start;
    margin: 0.5em 0;
  }
  .by-post input {
    width: 1.5em;
    height: 1.5em;
    margin: 0.1em 0 0;
    accent-color: var(--motcua-color-accent, #00703c);
  }
  .by-post label {
    font-weight: normal;
  }
  .by-post .hint {
    grid-column: 2;
  }
  .files {
    list-style: none;
    margin: 0.5em 0 0;
    padding: 0;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.6em;
    padding: 0.5em 0;
    border-top: 1px solid #b1b4b6;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .done {
    color: var(--motcua-color-accent, #00703c);
  }
  .file .error {
    flex-basis: 100%;
  }
  progress {
    width: min(100%, 14em);
    height: 1em;
    accent-color: var(--motcua-color-accent, #00703c);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
