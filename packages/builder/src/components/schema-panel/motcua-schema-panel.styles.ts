import { css } from 'lit';

/**
 * rjsf's default theme writes Bootstrap 3 class names and expects Bootstrap's CSS; the panel
 * styles the few it uses itself, inside its shadow root, so no page CSS is needed or leaks in.
 */
export const schemaPanelStyles = css`
  .panel fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .panel fieldset fieldset {
    border-left: 3px solid var(--motcua-color-border, #b1b4b6);
    padding-left: 0.75em;
    margin-top: 0.5em;
  }
  .panel legend {
    font-weight: 600;
    padding: 0;
  }
  .panel .form-group {
    margin: 0 0 0.75em;
  }
  .panel label.control-label {
    display: block;
    font-weight: 600;
  }
  .panel .checkbox label,
  .panel .radio label {
    font-weight: normal;
  }
  .panel input:not([type='checkbox']):not([type='radio']),
  .panel select,
  .panel textarea {
    box-sizing: border-box;
    width: 100%;
    max-width: 40em;
    padding: 0.3em 0.4em;
    border: 2px solid var(--motcua-color-input-border, #0b0c0c);
    border-radius: 0;
  }
  .panel textarea {
    min-height: 4.5em;
  }
  .panel .field-description,
  .panel .help-block {
    color: var(--motcua-color-hint, #505a5f);
    margin: 0 0 0.25em;
  }
  .panel .has-error input,
  .panel .has-error select,
  .panel .has-error textarea {
    border-color: var(--motcua-color-error, #b00020);
  }
  .panel .error-detail {
    list-style: none;
    padding: 0;
    margin: 0.25em 0 0;
    color: var(--motcua-color-error, #b00020);
    font-weight: 600;
  }
  .panel .array-item {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5em;
    margin-bottom: 0.5em;
  }
  .panel .array-item > .col-xs-9 {
    flex: 1 1 20em;
  }
  .panel .btn-group {
    display: flex;
    gap: 0.25em;
  }
  .panel .btn {
    padding: 0.2em 0.6em;
  }
  .panel .btn-danger {
    border-color: var(--motcua-color-error, #b00020);
    background: var(--motcua-color-error, #b00020);
  }
  /* rjsf's icon buttons hold a Glyphicons glyph and a title; without Bootstrap's icon font, the title is shown. */
  .panel button.btn[title]::after {
    content: attr(title);
  }
`;
