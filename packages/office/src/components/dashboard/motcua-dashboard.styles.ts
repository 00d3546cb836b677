import { css } from 'lit';

export const dashboardStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
    display: contents;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: 0.75em;
    margin: 1em 0;
    padding: 0;
  }
  .cards > div {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    border-radius: 4px;
    padding: 0.5em 0.75em;
  }
  .cards dt {
    font-weight: 600;
  }
  .cards dd {
    margin: 0;
    font-size: 1.4em;
  }
  .cards dd small {
    display: block;
    font-size: 0.6em;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    gap: 1em;
  }
  figure {
    margin: 0;
  }
  .chart {
    position: relative;
    height: 16em;
  }
  .table {
    overflow-x: auto;
    margin-bottom: 1em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: right;
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
    white-space: normal;
  }
  ul.downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    padding: 0;
    list-style: none;
  }
`;
