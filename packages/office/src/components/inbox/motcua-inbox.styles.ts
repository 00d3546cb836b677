import { css } from 'lit';

export const inboxStyles = css`
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
  }
  legend {
    font-weight: 600;
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 1em;
  }
  th,
  td {
    text-align: left;
    padding: 0.4em;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
    vertical-align: top;
  }
  nav {
    display: flex;
    gap: 1em;
    margin-top: 1em;
  }
  /* A counter's phone: each row becomes a card, each cell labelled by its column. */
  @media (max-width: 40em) {
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tr {
      display: block;
      border-bottom: 2px solid var(--motcua-color-border, #b1b4b6);
      padding: 0.5em 0;
    }
    td {
      display: grid;
      grid-template-columns: 8em 1fr;
      border: none;
      padding: 0.15em 0;
    }
    td::before {
      content: attr(data-label);
      font-weight: 600;
    }
  }
`;
