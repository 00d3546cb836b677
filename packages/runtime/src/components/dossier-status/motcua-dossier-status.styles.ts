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
  input {
    font: inherit;
    padding: 0.35em;
    border: 2px solid var(--motcua-color-text, #1b1b1b);
    width: min(100%, 22em);
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #d4351c);
  }
  button {
    font: inherit;
    margin-top: 1em;
    padding: 0.4em 1em;
    background: var(--motcua-color-accent, #00703c);
    color: #fff;
    border: 0;
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
