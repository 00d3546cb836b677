import { css } from 'lit';

export const counterIntakeStyles = css`
  form.start {
    display: grid;
    gap: 0.75em;
    max-width: 40em;
  }
  fieldset {
    border: 1px solid var(--motcua-color-border, #b1b4b6);
  }
  fieldset label:not(.field),
  label.check {
    display: flex;
    gap: 0.5em;
    font-weight: 400;
  }
  fieldset label.field {
    margin-bottom: 0.5em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 1em;
  }
  /* On paper only the slip is printed. */
  @media print {
    .no-print {
      display: none;
    }
  }
`;
