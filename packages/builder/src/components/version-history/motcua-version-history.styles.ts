import { css } from 'lit';

export const versionHistoryStyles = css`
  :host {
    border-top: 2px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 1em;
  }
  h3 {
    margin: 0.5em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 0.3em;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  .confirm {
    border-left: 4px solid var(--motcua-color-error, #b00020);
    padding-left: 0.75em;
    margin-top: 1em;
  }
  .actions {
    display: flex;
    gap: 1em;
  }
`;
