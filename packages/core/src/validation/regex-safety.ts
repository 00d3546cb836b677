import retModule, { types, type Token, type Tokens } from 'ret';

// ret is CommonJS whose module object is the tokenizer itself; its typings
// describe an ES module, so the default import needs telling what it is.
const tokenize = retModule as unknown as (pattern: string) => Tokens;

/** More repetitions than this in one pattern is a pattern nobody can review. */
const MAX_REPETITIONS = 25;

/**
 * Whether a pattern is free of the nested ambiguous repetition that makes
 * backtracking engines take exponential time (`(a+)+$`, `(x+x+)+y`).
 *
 * Star height, as safe-regex measures it, but counting only repetitions that
 * leave the engine a choice of how many times to match (max > min and
 * max > 1): an optional group `(-[0-9]{3})?` or an exact count `{12}` cannot
 * cause backtracking blow-up, and refusing them would refuse the very
 * patterns Vietnamese forms need (tax codes, postal codes).
 */
export function isSafePattern(pattern: string): boolean {
  // ret does not know Unicode property escapes; each matches one character,
  // which is all the structure this check looks at.
  const plain = pattern.replace(/\\[pP]\{[^}]*\}/g, 'a');
  let tree: Tokens;
  try {
    tree = tokenize(plain);
  } catch {
    return false;
  }
  const state = { repetitions: 0 };
  return walk(tree, 0, state);
}

function walk(node: Tokens, height: number, state: { repetitions: number }): boolean {
  if (node.type === types.REPETITION) {
    const ambiguous = node.max > node.min && node.max > 1;
    state.repetitions += 1;
    if (state.repetitions > MAX_REPETITIONS) return false;
    const next = ambiguous ? height + 1 : height;
    if (next > 1) return false;
    return walk(node.value, next, state);
  }
  if (node.type === types.ROOT || node.type === types.GROUP) {
    const branches: Token[][] = node.options ?? (node.stack ? [node.stack] : []);
    return branches.every((branch) => branch.every((child) => walk(child, height, state)));
  }
  return true;
}
