import { css } from 'lit';

export const intakeSlipStyles = css`
  article {
    max-width: 44em;
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    padding: 1em 1.5em;
    background: #fff;
  }
  header {
    text-align: center;
  }
  header p {
    margin: 0;
    font-weight: 700;
  }
  h2 {
    text-align: center;
    font-size: 1.2em;
    margin: 1em 0;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(10em, max-content) 1fr;
    gap: 0.25em 1em;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .signatures {
    display: grid;
    grid-template-columns: 1fr 1fr;
    text-align: center;
    margin-top: 2em;
    min-height: 8em;
  }
  .signatures p {
    margin: 0;
  }
  @media (max-width: 40em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
  /* On paper: the slip alone, in black, without the button. */
  @media print {
    :host {
      color: #000;
    }
    article {
      border: none;
      padding: 0;
      max-width: none;
    }
    .no-print {
      display: none;
    }
  }
`;
