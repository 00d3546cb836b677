import { css } from 'lit';

export const dossierActionsStyles = css`
  :host {
    border: 2px solid var(--motcua-color-accent, #0b5394);
    border-radius: 4px;
    padding: 0.5em 1em 1em;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  form {
    display: grid;
    gap: 0.75em;
    margin-top: 1em;
    max-width: 40em;
  }
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  fieldset label {
    display: flex;
    gap: 0.5em;
    font-weight: 400;
  }
  .hint {
    font-weight: 400;
    color: var(--motcua-color-muted, #505a5f);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
