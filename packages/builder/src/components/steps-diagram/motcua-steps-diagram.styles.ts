import { css } from 'lit';

export const stepsDiagramStyles = css`
  figure {
    margin: 0.5em 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  ol {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.75em;
    margin: 0;
    padding: 0;
  }
  li {
    position: relative;
    display: grid;
    gap: 0.15em;
    min-inline-size: 9em;
    max-inline-size: 14em;
    padding: 0.5em 0.6em;
    border: 2px solid var(--motcua-color-border, #505a5f);
    border-radius: 6px;
    background: #fff;
  }
  /* The arrow to the next step: decoration, the list's order already says it. */
  li:not(:last-child)::after {
    content: '→';
    position: absolute;
    inset-inline-end: -1.4em;
    top: 40%;
    color: var(--motcua-color-muted, #505a5f);
  }
  li.role-receiver {
    border-color: #0b5394;
  }
  li.role-approver {
    border-color: #00703c;
  }
  .number {
    font-weight: 700;
  }
  .name {
    font-weight: 600;
  }
  .role,
  .duration {
    color: var(--motcua-color-muted, #505a5f);
    font-size: 0.9em;
  }
  .bar {
    display: block;
    block-size: 0.4em;
    background: #dee0e2;
  }
  .bar > span {
    display: block;
    block-size: 100%;
    background: var(--motcua-color-accent, #0b5394);
  }
  .bar > span.over {
    background: var(--motcua-color-error, #b00020);
  }
`;
