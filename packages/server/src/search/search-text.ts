import { foldVietnamese, type ProcedureDefinition } from '@motcua/core';

/** The text a version is found by: code, names in both languages, keywords, sector and agency. */
export function searchTextOf(definition: ProcedureDefinition): string {
  return foldVietnamese(
    [
      definition.code,
      definition.name.vi,
      definition.name.en ?? '',
      ...(definition.keywords ?? []),
      definition.agency.vi,
      definition.agency.en ?? '',
      definition.result.name.vi,
      definition.result.name.en ?? '',
    ].join(' '),
  );
}

/** Words of what a citizen typed, folded; punctuation and operators are just separators. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 16);
}
