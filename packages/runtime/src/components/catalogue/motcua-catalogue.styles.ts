import { css } from 'lit';

/** See the posting's styles: the page's CSS stops at the host; custom properties and parts theme it. */
export const catalogueStyles = css`
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    display: block;
    color: var(--motcua-color-muted, #505a5f);
  }
  input,
  select,
  button {
    font: inherit;
    padding: 0.35em;
  }
  input {
    border: 2px solid var(--motcua-color-text, #1b1b1b);
    width: min(100%, 30em);
    box-sizing: border-box;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    margin: 0.75em 0;
  }
  button {
    background: var(--motcua-color-accent, #00703c);
    color: #fff;
    border: 0;
    padding: 0.4em 1em;
  }
  button:disabled {
    background: var(--motcua-color-muted, #505a5f);
    cursor: not-allowed;
  }
  select {
    max-width: 100%;
  }
  ol {
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-top: 0.5em;
  }
  a {
    color: var(--motcua-color-link, #1d70b8);
  }
  .meta {
    color: var(--motcua-color-muted, #505a5f);
    font-size: 0.9em;
  }
  nav {
    display: flex;
    gap: 1em;
    align-items: center;
  }
`;
