import { css } from 'lit';

/** A labelled field holding code (the JSON of a definition, an embed snippet): bold label, muted hint, monospaced text. */
export const codeFieldStyles = css`
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
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
`;
