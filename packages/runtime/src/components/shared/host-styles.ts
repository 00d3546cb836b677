import { css } from 'lit';

/**
 * What every component's shadow root starts with. The host page themes a
 * component through custom properties and `::part` only. What its CSS would
 * otherwise pass down by inheritance is reset on the host. But the page's own
 * rules for the host element win over `:host` (a theme's `* { text-transform:
 * uppercase }` matches it too), so every inherited property of the text is
 * also `!important` here, where an important declaration inside the shadow
 * root beats the page's: a page with Bootstrap 3's 10px root font and a CMS
 * theme's resets, or worse, still shows readable text. The size defaults to
 * `medium`, the reader's own browser setting, not the page's rem.
 */
export const hostStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--motcua-font, system-ui, sans-serif) !important;
    color: var(--motcua-color-text, #1b1b1b) !important;
    line-height: 1.5 !important;
    font-size: var(--motcua-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    font-variant: normal !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    text-shadow: none !important;
    white-space: normal !important;
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
