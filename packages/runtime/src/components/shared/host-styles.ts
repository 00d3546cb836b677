import { css } from 'lit';

/**
 * What every component's shadow root starts with. The host page themes a
 * component through custom properties and `::part` only. What its CSS would
 * otherwise pass down by inheritance is reset on the host, and the text's own
 * size and face are `!important` here (an important declaration inside a
 * shadow root beats the page's): a page with Bootstrap 3's 10px root font, or
 * worse, still shows readable text. The size defaults to `medium`, the
 * reader's own browser setting, not the page's rem.
 */
export const hostStyles = css`
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
  :focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffdd00);
    outline-offset: 2px;
  }
`;
