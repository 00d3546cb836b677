import { css } from 'lit';

/*
 * GOV.UK Frontend's form conventions: labels above inputs, hints below
 * labels, errors in red with a left border, large touch targets, and the
 * yellow focus ring. `content-visibility` lets the browser skip the layout
 * of sections out of view, which is most of a long form on a phone.
 */
export const formStyles = css`
  :host {
    --_accent: var(--motcua-color-accent, #00703c);
    --_error: var(--motcua-color-error, #d4351c);
    --_border: var(--motcua-color-border, #0b0c0c);
    --_muted: var(--motcua-color-muted, #505a5f);
  }
  .layout { display: grid; gap: 1.5em; }
  @media (min-width: 56em) { .layout { grid-template-columns: minmax(0, 1fr) 18em; align-items: start; } .summary { position: sticky; top: 1em; } }
  form { min-width: 0; }
  fieldset { margin: 0 0 1.25em; padding: 0; border: 0; min-width: 0; }
  .section { content-visibility: auto; contain-intrinsic-size: auto 40em; }
  .group > legend, .list > legend { font-weight: 700; font-size: 1.15em; margin-bottom: 0.5em; padding: 0; }
  .fields { display: grid; gap: 0 1.5em; }
  @media (min-width: 40em) { .cols-2 { grid-template-columns: repeat(2, minmax(0, 1fr)); } .cols-3 { grid-template-columns: repeat(3, minmax(0, 1fr)); } .cols-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); } }
  .field { margin: 0 0 1.25em; min-width: 0; }
  .field > label, .field > legend { display: block; font-weight: 600; margin-bottom: 0.25em; padding: 0; }
  .hint { color: var(--_muted); margin-bottom: 0.35em; }
  input:not([type='radio'], [type='checkbox']), select, textarea {
    box-sizing: border-box; width: 100%; max-width: 100%; font: inherit; padding: 0.35em 0.4em; min-height: 2.5em;
    border: 2px solid var(--_border); border-radius: 0; background: #fff; color: inherit;
  }
  textarea { min-height: 5em; resize: vertical; }
  input[inputmode='numeric'], input[type='date'] { max-width: 16em; }
  .money { max-width: 16em; text-align: end; }
  .check { display: flex; gap: 0.5em; align-items: flex-start; margin: 0.4em 0; flex-wrap: wrap; }
  .check > input { font-size: inherit; width: 1.5em; height: 1.5em; margin: 0.1em 0 0; flex: none; accent-color: var(--_border); }
  .check > label { flex: 1; min-width: 0; }
  .check > .hint { flex-basis: 100%; padding-left: 2em; }
  .field.check > label { font-weight: 400; }
  .invalid { border-left: 5px solid var(--_error); padding-left: 0.75em; }
  .invalid > input, .invalid > select, .invalid > textarea { border-color: var(--_error); }
  .error-message { color: var(--_error); font-weight: 700; margin: 0 0 0.35em; }
  .vh { position: absolute !important; width: 1px !important; height: 1px !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; }
  .error-summary { border: 5px solid var(--_error); padding: 1em; margin-bottom: 1.5em; }
  .error-summary h2 { font-size: 1.3em; margin: 0 0 0.5em; }
  .error-summary ul { margin: 0; padding-left: 1.2em; }
  .error-summary a { color: var(--_error); font-weight: 700; }
  .item { border-left: 4px solid #b1b4b6; padding: 0.5em 0 0.25em 1em; margin-bottom: 1em; }
  .item-actions { display: flex; gap: 0.5em; flex-wrap: wrap; }
  button { font: inherit; cursor: pointer; min-height: 2.5em; padding: 0.35em 1em; border: 2px solid transparent; border-radius: 0; }
  button[type='submit'] { background: var(--_accent); color: #fff; font-weight: 700; box-shadow: 0 2px 0 #002d18; }
  button[disabled] { opacity: 0.6; cursor: progress; }
  .secondary { background: #f3f2f1; color: #0b0c0c; box-shadow: 0 2px 0 #929191; }
  .link { background: none; color: var(--motcua-color-link, #1d70b8); text-decoration: underline; padding-inline: 0.25em; }
  .actions { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; margin-top: 1.5em; }
  :focus-visible { outline: 3px solid var(--motcua-color-focus, #ffdd00); outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
  .notice { border-left: 5px solid #1d70b8; background: #f3f2f1; padding: 0.5em 1em; margin: 0 0 1em; }
  .notice.error { border-color: var(--_error); }
  .notice p { margin: 0.25em 0; overflow-wrap: anywhere; }
  .progress { color: var(--_muted); margin: -0.25em 0 1em; }
  h3 { font-size: 1.2em; margin: 0 0 0.5em; }
  .summary { border-top: 5px solid var(--_accent); background: #f3f2f1; padding: 1em; }
  @media print { .actions, .summary { display: none; } }
`;
