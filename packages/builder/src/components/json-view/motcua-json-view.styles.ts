import { css } from 'lit';

export const jsonViewStyles = css`
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0.25em 0;
  }
  textarea {
    box-sizing: border-box;
    width: 100%;
    min-height: 32em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  textarea[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #b00020);
  }
`;
