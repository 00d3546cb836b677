import { css } from 'lit';

/**
 * The host page themes the posting through custom properties and `::part`
 * only. What the page's CSS would otherwise pass down by inheritance is reset
 * on the host, and the text's own size and face are `!important` here (an
 * important declaration inside a shadow root beats the page's): a page with
 * Bootstrap 3's 10px root font, or worse, still shows readable text. The
 * size defaults to `medium`, the reader's own browser setting, not the page's rem.
 */
export const procedureStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--motcua-font, system-ui, sans-serif) !important;
    color: var(--motcua-color-text, #1b1b1b) !important;
    line-height: 1.5 !important;
    font-size: var(--motcua-font-size, medium) !important;
  }
  h2 {
    font-size: 1.4em;
    margin: 0 0 0.5em;
  }
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
  :focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffdd00);
    outline-offset: 2px;
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
