import { css } from 'lit';

export const fieldInspectorStyles = css`
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0.25em 0 0.75em;
  }
  [part='field-error'] {
    border-left: 5px solid var(--motcua-color-error, #b00020);
    padding-left: 0.75em;
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
