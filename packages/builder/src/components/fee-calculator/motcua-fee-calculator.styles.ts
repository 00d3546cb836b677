import { css } from 'lit';

/** The calculator's own look, over the editors' shared one: its choices in a row and its table of lines. */
export const feeCalculatorStyles = css`
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
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
