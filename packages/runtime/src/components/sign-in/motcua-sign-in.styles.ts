import { css } from 'lit';

export const signInStyles = css`
  h1 {
    font-size: 1.5em;
    margin: 0.5em 0;
  }
  form {
    display: grid;
    gap: 0.75em;
    max-width: 24em;
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  input {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
`;
