import { css } from 'lit';

export const fieldInspectorStyles = css`
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0.25em 0 0.75em;
  }
  [part='field-error'],
  [part='answer-name-error'] {
    border-left: 5px solid var(--motcua-color-error, #b00020);
    padding-left: 0.75em;
  }
  .answer-name {
    margin-bottom: 1em;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
    padding-bottom: 0.75em;
  }
  .answer-name label {
    font-weight: 600;
  }
  .answer-name .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .answer-name input {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #0b0c0c);
    font-family: monospace;
    max-width: 100%;
  }
  .answer-name input[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #b00020);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-top: 0.75em;
  }
  motcua-condition-editor {
    margin-top: 1em;
    border-top: 1px solid var(--motcua-color-border, #b1b4b6);
    padding-top: 0.75em;
  }
`;
