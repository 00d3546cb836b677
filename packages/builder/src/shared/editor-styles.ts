import { css } from 'lit';

/** The look the definition editors share: lists of fieldsets, labelled fields, warnings beside what they are about. */
export const editorStyles = css`
  h3,
  h4 {
    margin: 0.5em 0;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
  }
  ol.steps,
  ol.items {
    padding: 0;
    list-style: none;
  }
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin: 0 0 0.75em;
  }
  legend {
    font-weight: 700;
  }
  .local-text,
  .check,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .field {
    display: grid;
    gap: 0.15em;
    margin: 0.3em 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  .actions {
    display: flex;
    gap: 0.5em;
    margin-top: 0.5em;
  }
  .box {
    padding: 0.25em 0.75em;
    border-inline-start: 5px solid #00703c;
  }
  .box.warn,
  ul.warnings {
    border-inline-start: 5px solid #b58105;
    background: #fff7e0;
  }
  ul.warnings {
    padding: 0.25em 0.75em 0.25em 2em;
  }
  ul.problems {
    color: var(--motcua-color-error, #b00020);
    border-inline-start: 5px solid var(--motcua-color-error, #b00020);
    padding: 0.25em 0.75em 0.25em 2em;
  }
  .panels {
    display: grid;
    gap: 1em;
  }
  @media (min-width: 60em) {
    .panels {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  .check {
    align-items: center;
    margin: 0.3em 0;
  }
  .check label {
    font-weight: 400;
  }
  fieldset.types {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: 0 1em;
  }
  fieldset.types .hint {
    grid-column: 1 / -1;
    margin: 0;
  }
`;
