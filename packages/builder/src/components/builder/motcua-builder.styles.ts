import { css } from 'lit';

export const builderStyles = css`
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
    justify-content: space-between;
    border-bottom: 2px solid var(--motcua-color-border, #b1b4b6);
    margin-bottom: 1em;
  }
  h1 {
    font-size: 1.5em;
    margin: 0.5em 0;
  }
  .who {
    display: flex;
    gap: 1em;
    align-items: center;
  }
  dialog {
    max-width: 32em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 40%);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
`;
