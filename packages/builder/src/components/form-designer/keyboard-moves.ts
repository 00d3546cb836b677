import type { Form } from '@motcua/core';
import type { Target } from './form-moves.js';
import { flatten, type Outline, type OutlineItem } from './form-outline.js';
import { pageOf, pagesOf } from './member-order.js';

/** The moves the canvas's buttons (and Alt+arrows) offer for one question; each undefined where it cannot go. */
export interface KeyboardMoves {
  up?: Target;
  down?: Target;
  into?: Target;
  out?: Target;
}

const plain = (items: readonly OutlineItem[]): OutlineItem[] => items.filter((item) => item.slot.branch === '');

function parentOf(outline: Outline, item: OutlineItem): OutlineItem | undefined {
  return flatten(outline.items).find((each) => each.children.includes(item));
}

/** The page of a top-level question, when the form has pages. */
function pageFor(form: Form, item: OutlineItem): number | undefined {
  return item.slot.object.schema === '' && pagesOf(form).length > 0 ? pageOf(form, item.slot.name) : undefined;
}

/** The plain questions beside the item: its parent's, or on a paged form the top-level ones of its page. */
function peersOf(form: Form, outline: Outline, item: OutlineItem): OutlineItem[] {
  const parent = parentOf(outline, item);
  if (parent) return plain(parent.children);
  const page = pageFor(form, item);
  return plain(page === undefined ? outline.items : (outline.pages[page]?.items ?? []));
}

export function keyboardMoves(form: Form, outline: Outline, item: OutlineItem): KeyboardMoves {
  if (item.slot.branch !== '') return {};
  const object = item.slot.object;
  const peers = peersOf(form, outline, item);
  const at = peers.indexOf(item);
  const page = pageFor(form, item);
  const moves: KeyboardMoves = {};
  if (at > 0) moves.up = { object, index: at - 1, ...(page === undefined ? {} : { page }) };
  else if (page !== undefined && page > 0) moves.up = { object, index: plain(outline.pages[page - 1]?.items ?? []).length, page: page - 1 };
  if (at < peers.length - 1) moves.down = { object, index: at + 1, ...(page === undefined ? {} : { page }) };
  else if (page !== undefined && page < outline.pages.length - 1) moves.down = { object, index: 0, page: page + 1 };
  const above = peers[at - 1];
  if (above?.inner) moves.into = { object: above.inner, index: plain(above.children).length };
  const parent = parentOf(outline, item);
  if (parent) {
    const beside = peersOf(form, outline, parent);
    const index = parent.slot.branch === '' ? beside.indexOf(parent) + 1 : beside.length;
    const parentPage = pageFor(form, parent);
    moves.out = { object: parent.slot.object, index, ...(parentPage === undefined ? {} : { page: parentPage }) };
  }
  return moves;
}
