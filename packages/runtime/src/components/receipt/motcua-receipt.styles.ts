import { css } from 'lit';

export const receiptStyles = css`
  .panel { background: var(--motcua-color-accent, #00703c); color: #fff; padding: 1.25em; text-align: center; margin-bottom: 1.5em; }
  .panel h2 { font-size: 1.6em; margin: 0 0 0.5em; }
  .panel p { margin: 0; font-size: 1.15em; }
  .code { font-size: 1.4em; letter-spacing: 0.03em; overflow-wrap: anywhere; }
  dl { margin: 0 0 1.5em; }
  dt { font-weight: 700; margin-top: 0.75em; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .secret { font-family: ui-monospace, monospace; font-size: 1.15em; }
  h3 { font-size: 1.2em; margin: 0 0 0.25em; }
  button { font: inherit; min-height: 2.5em; padding: 0.35em 1em; background: #f3f2f1; color: #0b0c0c; border: 0; box-shadow: 0 2px 0 #929191; cursor: pointer; }
  @media print {
    .panel { background: none; color: inherit; border: 3px solid currentColor; }
    button { display: none; }
  }
`;
