import { css } from 'lit';

export const procedureEditorStyles = css`
  .panes {
    display: grid;
    gap: 1.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 28em), 1fr));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: center;
    margin: 0.75em 0;
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 2px solid var(--motcua-color-border, #505a5f);
    margin-bottom: 0.75em;
  }
  [role='tab'] {
    background: #fff;
    color: var(--motcua-color-accent, #0b5394);
    border-radius: 4px 4px 0 0;
    border-bottom: none;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--motcua-color-accent, #0b5394);
    color: #fff;
  }
  .failed {
    color: var(--motcua-color-error, #b00020);
  }
  [part='problems'] li {
    margin-bottom: 0.25em;
  }
  code {
    font-weight: 600;
  }
  [part='preview'] {
    border: 1px dashed var(--motcua-color-border, #b1b4b6);
    padding: 1em;
  }
  .switches {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    margin-bottom: 1em;
  }
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
    margin: 0;
  }
  legend {
    font-weight: 600;
  }
  fieldset label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-weight: normal;
    margin-right: 1em;
  }
  fieldset input:focus-visible {
    outline: 3px solid var(--motcua-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  [part='preview-frame'] {
    box-sizing: border-box;
    max-width: 100%;
  }
  [part='preview-frame'].phone {
    width: 360px;
    border: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  .notice {
    background: #fff7e0;
    border-left: 4px solid var(--motcua-color-focus, #ffbf47);
    padding: 0.5em;
  }
`;
