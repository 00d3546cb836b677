import { css } from 'lit';

/** GOV.UK's error pattern: a summary box linking to each field, each field's message above its input. */
export const newProcedureStyles = css`
  form {
    border: 2px solid var(--motcua-color-border, #b1b4b6);
    padding: 1em;
    margin: 1em 0;
    max-width: 40em;
  }
  h3 {
    margin-top: 0;
  }
  .summary {
    border: 4px solid var(--motcua-color-error, #b00020);
    padding: 0.75em 1em;
    margin-bottom: 1em;
  }
  .summary h4 {
    margin: 0 0 0.5em;
  }
  .summary a {
    color: var(--motcua-color-error, #b00020);
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin-bottom: 1em;
  }
  .field.invalid {
    border-left: 4px solid var(--motcua-color-error, #b00020);
    padding-left: 0.75em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0;
  }
  .message {
    color: var(--motcua-color-error, #b00020);
    font-weight: 600;
    margin: 0;
  }
  input {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  .invalid input {
    border-color: var(--motcua-color-error, #b00020);
  }
  .actions {
    display: flex;
    gap: 1em;
    align-items: center;
  }
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin: 0 0 1em;
  }
  legend {
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5em;
    align-items: baseline;
    margin: 0.5em 0;
  }
  .choice .hint {
    grid-column: 2;
    margin: 0;
  }
`;
