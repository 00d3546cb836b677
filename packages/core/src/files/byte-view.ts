/**
 * Bounds-checked reads over untrusted bytes. Every reader answers `undefined`
 * past the end instead of throwing, so truncated or hostile input simply fails
 * to match rather than crashing the detector.
 */

export function bytesAt(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (offset < 0 || offset + expected.length > bytes.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}

export function uint16le(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 2 > bytes.length) return undefined;
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

export function uint32le(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 4 > bytes.length) return undefined;
  // `>>> 0` keeps values above 2^31 positive.
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
}

export function uint32be(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 4 > bytes.length) return undefined;
  return ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>> 0;
}

/** Reads bytes as Latin-1; the names compared against are all ASCII, so no decoder is needed. */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = Math.max(0, start); index < Math.min(end, bytes.length); index++) {
    text += String.fromCharCode(bytes[index]!);
  }
  return text;
}

/** Index of the first occurrence of `needle` at or after `from` and before `end`, or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: readonly number[], from: number, end: number): number {
  const last = Math.min(end, bytes.length) - needle.length;
  for (let index = Math.max(0, from); index <= last; index++) {
    if (bytesAt(bytes, index, needle)) return index;
  }
  return -1;
}

/** The character codes of an ASCII string, for writing signatures readably. */
export function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}
