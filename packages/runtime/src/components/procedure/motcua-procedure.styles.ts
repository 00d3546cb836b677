import { css } from 'lit';

/** This component's own rules, on top of hostStyles. */
export const procedureStyles = css`
  h3 {
    font-size: 1.1em;
    margin: 1.25em 0 0.4em;
    border-bottom: 2px solid var(--motcua-color-accent, #a50e0e);
    padding-bottom: 0.2em;
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
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-top: 0.35em;
  }
  .note {
    color: var(--motcua-color-muted, #505a5f);
    font-size: 0.9em;
  }
  .amount {
    font-weight: 600;
  }
  .error {
    border-inline-start: 4px solid var(--motcua-color-error, #d4351c);
    padding: 0.5em 1em;
  }
  button,
  select {
    font: inherit;
    padding: 0.3em 0.6em;
  }
  a {
    color: var(--motcua-color-link, #1d70b8);
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: 1fr;
    }
  }
`;
