import { css } from 'lit';

export const jsonViewStyles = css`
  textarea {
    min-height: 32em;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #b00020);
  }
`;
