/** The words of a condition the visual editor writes: "show this when <subject> <operator> <value>". */
export type Operator = 'is' | 'is-not' | 'is-one-of' | 'greater-than';

export interface Condition {
  /** The name of a question beside the one shown under the condition. */
  subject: string;
  operator: Operator;
  /** A string, number or boolean; for `is-one-of`, a list of them. */
  value: unknown;
}

/** What a question's condition is: none, one the editor reads, or one written by hand. */
export type ConditionState = { kind: 'always' } | { kind: 'when'; condition: Condition; entry: number } | { kind: 'by-hand' };

export type SubjectKind = 'boolean' | 'number' | 'options' | 'text';

/** A question a condition can speak of, and the values its answer takes. */
export interface Subject {
  name: string;
  label: string;
  kind: SubjectKind;
  options: { value: string | boolean; label: string }[];
}

/** The tests that make sense for each kind of answer: "greater than" only for numbers, "one of" only for a closed list. */
export const OPERATORS: Readonly<Record<SubjectKind, readonly Operator[]>> = {
  boolean: ['is', 'is-not'],
  number: ['is', 'is-not', 'greater-than'],
  options: ['is', 'is-not', 'is-one-of'],
  text: ['is', 'is-not'],
};
