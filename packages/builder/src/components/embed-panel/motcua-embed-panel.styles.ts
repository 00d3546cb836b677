import { css } from 'lit';

export const embedPanelStyles = css`
  :host {
    border-top: 2px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 1em;
  }
  section {
    margin-bottom: 1.5em;
  }
  input,
  select {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  input[aria-invalid='true'] {
    border-color: var(--motcua-color-error, #b00020);
  }
  ul {
    padding-left: 1.25em;
  }
  li {
    display: flex;
    gap: 0.75em;
    align-items: center;
    margin: 0.25em 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
    margin: 0.5em 0;
  }
`;
