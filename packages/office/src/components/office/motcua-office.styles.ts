import { css } from 'lit';

export const officeShellStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    border-bottom: 3px solid var(--motcua-color-accent, #0b5394);
    padding-bottom: 0.5em;
  }
  h1 {
    font-size: 1.4em;
    margin: 0;
  }
  .who,
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  nav li {
    min-width: 0;
    max-width: 100%;
  }
  nav ul {
    list-style: none;
    padding: 0;
    margin: 1em 0;
  }
  main {
    max-width: 72em;
    padding-block: 0.5em;
  }
  /* On paper: the page's content alone (the counter's slip). */
  @media print {
    header,
    nav,
    .no-print {
      display: none;
    }
  }
`;
