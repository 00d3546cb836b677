import { css } from 'lit';

export const conditionFieldStyles = css`
  fieldset {
    min-inline-size: 0;
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    padding: 0.5em 0.75em;
    margin: 0.5em 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .row > label,
  .row > fieldset {
    display: grid;
    grid-template-columns: minmax(0, auto);
    gap: 0.15em;
    max-inline-size: 100%;
  }
  select,
  input:not([type]),
  input[type='number'] {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #505a5f);
    max-inline-size: 100%;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.85em;
  }
`;
