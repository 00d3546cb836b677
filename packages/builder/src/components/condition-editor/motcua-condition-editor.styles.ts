import { css } from 'lit';

export const conditionEditorStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 0.75em;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: center;
    margin: 0.25em 0;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.75em;
  }
  select,
  input:not([type='radio'], [type='checkbox']) {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #0b0c0c);
    max-width: 100%;
  }
  .notice {
    border-left: 5px solid var(--motcua-color-accent, #0b5394);
    padding-left: 0.75em;
  }
`;
