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
  /* A fieldset is as wide as its widest content unless told otherwise: it must fit its column. */
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin: 0 0 0.75em;
    min-inline-size: 0;
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
    grid-template-columns: minmax(0, auto);
    justify-items: start;
    align-content: start;
    gap: 0.15em;
    margin: 0.3em 0;
    max-inline-size: 100%;
  }
  /* Names are long: each language gets half the row, or the whole of a narrow one. */
  .local-text > .field {
    flex: 1 1 18em;
    justify-items: stretch;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #505a5f);
    max-inline-size: 100%;
    box-sizing: border-box;
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
  .panels > * {
    min-inline-size: 0;
  }
  @media (min-width: 60em) {
    .panels {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    /* What is computed stays in sight while the rules are scrolled through. */
    .panels > .aside {
      position: sticky;
      top: 0.5em;
    }
  }
  .check {
    flex-wrap: nowrap;
    align-items: baseline;
    gap: 0.5em;
    margin: 0.3em 0;
  }
  input[type='url'] {
    inline-size: 40em;
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
