import { css } from 'lit';

/**
 * The look every officers' component starts from; the page's CSS cannot reach inside. Lighter
 * than the citizens' host styles: the officers' apps are whole pages of their own, not guests on
 * an agency's site, so nothing needs resetting against a hostile theme.
 */
export const officerStyles = css`
  :host {
    display: block;
    font-family: var(--motcua-font, system-ui, sans-serif);
    font-size: var(--motcua-font-size, medium);
    color: var(--motcua-color-text, #1b1b1b);
    line-height: 1.5;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    padding: 0.4em 0.9em;
    border: 2px solid var(--motcua-color-accent, #0b5394);
    border-radius: 4px;
    background: var(--motcua-color-accent, #0b5394);
    color: #fff;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: var(--motcua-color-accent, #0b5394);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  /* Read by screen readers, not shown: a column's heading, the "Error:" before a message. */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [role='alert'] {
    color: var(--motcua-color-error, #b00020);
  }
`;
