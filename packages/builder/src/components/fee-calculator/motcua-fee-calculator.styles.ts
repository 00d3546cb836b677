import { css } from 'lit';

export const feeCalculatorStyles = css`
  h3 {
    margin: 0.5em 0;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0.25em 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .field {
    display: grid;
    gap: 0.15em;
    margin: 0.4em 0;
  }
  label {
    font-weight: 600;
  }
  select,
  input,
  textarea {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  .group {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin: 0.5em 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5em 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
    padding: 0.3em 0.4em;
    text-align: left;
    vertical-align: top;
  }
  .amount {
    text-align: right;
    white-space: nowrap;
  }
  .total {
    font-weight: 700;
  }
`;
