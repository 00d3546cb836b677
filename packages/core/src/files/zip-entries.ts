/**
 * Walks the local file headers at the front of a zip. The central directory at
 * the end would be authoritative, but the browser only has the first bytes of
 * the file, and both sides must reach the same verdict, so only the front is read.
 */
import { bytesAt, indexOfBytes, latin1, uint16le, uint32le } from './byte-view.js';

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const LOCAL_HEADER_SIZE = 30;
const HAS_DATA_DESCRIPTOR = 0x08;
const ZIP64_SIZE = 0xffffffff;
/** Office files name their main part within the first few entries; a bound keeps crafted zips cheap. */
const MAX_ENTRIES = 256;
/** Only name prefixes are compared, so long names need not be read whole. */
const MAX_NAME_BYTES = 256;

export interface ZipEntry {
  /** Read as Latin-1: the names looked for are ASCII. */
  readonly name: string;
  /** 0 means stored (uncompressed). */
  readonly method: number;
  readonly dataStart: number;
  /** `undefined` when the header defers it to a data descriptor or to zip64 fields. */
  readonly compressedSize: number | undefined;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytesAt(bytes, 0, LOCAL_HEADER);
}

/** The entries whose headers lie wholly before `end`, in file order, at most MAX_ENTRIES. */
export function zipEntries(bytes: Uint8Array, end: number): ZipEntry[] {
  const limit = Math.min(end, bytes.length);
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (entries.length < MAX_ENTRIES && offset + LOCAL_HEADER_SIZE <= limit && bytesAt(bytes, offset, LOCAL_HEADER)) {
    const flags = uint16le(bytes, offset + 6)!;
    const method = uint16le(bytes, offset + 8)!;
    const size = uint32le(bytes, offset + 18)!;
    const nameLength = uint16le(bytes, offset + 26)!;
    const extraLength = uint16le(bytes, offset + 28)!;
    const nameStart = offset + LOCAL_HEADER_SIZE;
    if (nameStart + nameLength > limit) break;
    const dataStart = nameStart + nameLength + extraLength;
    const sizeKnown = (flags & HAS_DATA_DESCRIPTOR) === 0 && size !== ZIP64_SIZE;
    entries.push({
      name: latin1(bytes, nameStart, nameStart + Math.min(nameLength, MAX_NAME_BYTES)),
      method,
      dataStart,
      compressedSize: sizeKnown ? size : undefined,
    });
    // Without a size in the header, the next header can only be found by
    // looking for its signature; offsets only grow, so the scan stays linear.
    offset = sizeKnown ? dataStart + size : indexOfBytes(bytes, LOCAL_HEADER, dataStart, limit);
    if (offset < 0) break;
  }
  return entries;
}
