import { css } from 'lit';

/** Three panes side by side on a wide screen, stacked on a narrow one; the selected question outlined. */
export const formDesignerStyles = css`
  .designer {
    display: grid;
    gap: 1.5em;
    grid-template-columns: minmax(12em, 1fr) minmax(18em, 2fr) minmax(18em, 2fr);
  }
  @media (max-width: 60em) {
    .designer {
      grid-template-columns: 1fr;
    }
  }
  h3 {
    margin: 0 0 0.5em;
  }
  h4 {
    margin: 0.75em 0 0.25em;
  }
  .hint {
    color: var(--motcua-color-muted, #505a5f);
    margin: 0.25em 0 0.75em;
  }
  label[for='where'] {
    display: block;
    font-weight: 600;
  }
  select {
    padding: 0.3em;
    border: 2px solid var(--motcua-color-border, #0b0c0c);
    max-width: 100%;
  }
  ul.types {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  button.type {
    width: 100%;
    text-align: start;
    cursor: grab;
  }
  ol.items {
    list-style: none;
    margin: 0;
    padding: 0 0 0 1.25em;
  }
  [part='canvas'] > ol.items,
  .page > ol.items {
    padding-left: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    align-items: center;
    margin: 0.25em 0;
    border: 2px solid transparent;
  }
  .row.selected {
    border-color: var(--motcua-color-accent, #0b5394);
    background: #f3f7fb;
  }
  button.select {
    background: none;
    border: 0;
    color: inherit;
    text-align: start;
    padding: 0.25em 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: baseline;
  }
  .label {
    font-weight: 600;
  }
  .type,
  .condition {
    color: var(--motcua-color-muted, #505a5f);
    font-size: 0.875em;
  }
  .condition {
    font-style: italic;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .tools button {
    padding: 0.15em 0.5em;
    font-size: 0.875em;
  }
  .drop {
    border: 2px dashed var(--motcua-color-accent, #0b5394);
    color: var(--motcua-color-accent, #0b5394);
    padding: 0.25em 0.5em;
    margin: 0.15em 0;
    font-size: 0.875em;
  }
  .empty {
    color: var(--motcua-color-muted, #505a5f);
    font-style: italic;
    padding: 0.25em 0.5em;
  }
  .page {
    border-top: 3px solid var(--motcua-color-border, #b1b4b6);
    margin-top: 0.75em;
  }
  .problems {
    color: var(--motcua-color-error, #b00020);
    margin: 0 0 0.5em;
    padding-left: 1.5em;
  }
`;
