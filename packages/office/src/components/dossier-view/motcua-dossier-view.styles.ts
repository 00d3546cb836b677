import { css } from 'lit';

export const dossierViewStyles = css`
  section {
    margin-block: 1.5em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .notice {
    border-left: 6px solid var(--motcua-color-error, #b00020);
    padding: 0.5em 1em;
    background: #fdf2f2;
  }
  ul.files {
    padding: 0;
    list-style: none;
  }
  ul.files > li {
    padding: 0.5em 0;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  iframe,
  img {
    display: block;
    width: 100%;
    max-width: 60em;
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 0.5em;
  }
  iframe {
    height: 70vh;
  }
  .table {
    overflow-x: auto;
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
    vertical-align: top;
  }
  @media (max-width: 40em) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-bottom: 0.5em;
    }
  }
  /* On paper, once the slip is open: the slip alone. */
  @media print {
    .with-slip > :not(motcua-intake-slip),
    .no-print {
      display: none;
    }
  }
`;
