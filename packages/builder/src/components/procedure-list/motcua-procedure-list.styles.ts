import { css } from 'lit';

export const procedureListStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.25em;
    font-weight: 600;
  }
  input,
  select {
    padding: 0.4em;
    border: 2px solid var(--motcua-color-border, #505a5f);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 1em;
  }
  th,
  td {
    text-align: left;
    padding: 0.4em;
    border-bottom: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  .draft {
    color: var(--motcua-color-muted, #505a5f);
    font-style: italic;
  }
`;
