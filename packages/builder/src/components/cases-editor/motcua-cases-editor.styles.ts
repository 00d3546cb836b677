import { css } from 'lit';

/** What the cases editor adds to the shared editor look: a refused id in the error colour, the removal question set apart. */
export const casesEditorStyles = css`
  .error {
    color: var(--motcua-color-error, #d4351c);
    font-weight: 700;
  }
  input[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #d4351c);
  }
  .confirm {
    border-inline-start: 4px solid var(--motcua-color-error, #d4351c);
    padding-inline-start: 0.75em;
  }
  fieldset:focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffdd00);
  }
`;
