import { css } from 'lit';

export const publishPanelStyles = css`
  :host {
    border-top: 2px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 1em;
  }
  h3 {
    margin: 0.5em 0;
  }
  li {
    margin-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  code {
    font-weight: 600;
  }
  .was {
    text-decoration: line-through;
    color: var(--motcua-color-muted, #505a5f);
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 1em 0;
    max-width: 20em;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0;
  }
  input {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
`;
