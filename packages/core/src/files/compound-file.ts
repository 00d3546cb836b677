/**
 * Reads the root directory of an OLE2 compound file (MS-CFB), the container of
 * legacy Word and Excel files. Only the names of the root's children are
 * needed: "WordDocument" makes a .doc, "Workbook" an .xls.
 *
 * The directory can be anywhere in the file, often near the end, so a prefix
 * may not reach it; that case answers `undefined` and the caller stays unsure.
 */
import { bytesAt, uint16le, uint32le } from './byte-view.js';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LAST_REGULAR_SECTOR = 0xfffffffa;
const NO_ENTRY = 0xffffffff;
const ENTRY_SIZE = 128;
const ROOT_STORAGE = 5;
const STORAGE = 1;
const STREAM = 2;
const HEADER_DIFAT_ENTRIES = 109;
// Bounds so that a crafted file cannot make the walk long or endless.
const MAX_DIRECTORY_SECTORS = 256;
const MAX_DIFAT_SECTORS = 256;
const MAX_ROOT_CHILDREN = 1024;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytesAt(bytes, 0, SIGNATURE);
}

/** Names of the streams and storages directly under the root, or `undefined` when they cannot be read. */
export function compoundFileRootNames(bytes: Uint8Array): string[] | undefined {
  if (!isCompoundFile(bytes)) return undefined;
  const shift = uint16le(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 2 ** shift;
  const idsPerSector = sectorSize / 4;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;

  // The FAT is spread over sectors listed in the DIFAT: 109 in the header, the rest in a chain.
  const fatSector = (index: number): number | undefined => {
    if (index < HEADER_DIFAT_ENTRIES) return uint32le(bytes, 0x4c + index * 4);
    let remaining = index - HEADER_DIFAT_ENTRIES;
    let difat = uint32le(bytes, 0x44);
    for (let hops = 0; hops < MAX_DIFAT_SECTORS; hops++) {
      if (difat === undefined || difat > LAST_REGULAR_SECTOR) return undefined;
      if (remaining < idsPerSector - 1) return uint32le(bytes, sectorOffset(difat) + remaining * 4);
      remaining -= idsPerSector - 1;
      difat = uint32le(bytes, sectorOffset(difat) + (idsPerSector - 1) * 4);
    }
    return undefined;
  };
  const nextSector = (sector: number): number | undefined => {
    const fat = fatSector(Math.floor(sector / idsPerSector));
    if (fat === undefined || fat > LAST_REGULAR_SECTOR) return undefined;
    return uint32le(bytes, sectorOffset(fat) + (sector % idsPerSector) * 4);
  };

  const first = uint32le(bytes, 0x30);
  if (first === undefined || first > LAST_REGULAR_SECTOR) return undefined;
  const chain = [first];
  const entriesPerSector = sectorSize / ENTRY_SIZE;
  const entryOffset = (id: number): number | undefined => {
    const index = Math.floor(id / entriesPerSector);
    if (index >= MAX_DIRECTORY_SECTORS) return undefined;
    while (chain.length <= index) {
      const next = nextSector(chain[chain.length - 1]!);
      // A sector met twice means a looping chain: a damaged or crafted file.
      if (next === undefined || next > LAST_REGULAR_SECTOR || chain.includes(next)) return undefined;
      chain.push(next);
    }
    const offset = sectorOffset(chain[index]!) + (id % entriesPerSector) * ENTRY_SIZE;
    return offset + ENTRY_SIZE <= bytes.length ? offset : undefined;
  };

  const root = entryOffset(0);
  if (root === undefined || bytes[root + 0x42] !== ROOT_STORAGE) return undefined;
  // The root's children form a binary tree linked through left and right siblings.
  const names: string[] = [];
  const seen = new Set<number>();
  const pending = [uint32le(bytes, root + 0x4c)!];
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_ENTRY) continue;
    if (seen.has(id) || seen.size >= MAX_ROOT_CHILDREN) return undefined;
    seen.add(id);
    const offset = entryOffset(id);
    if (offset === undefined) return undefined;
    const type = bytes[offset + 0x42];
    const nameLength = uint16le(bytes, offset + 0x40)!;
    if ((type !== STREAM && type !== STORAGE) || nameLength < 2 || nameLength > 64 || nameLength % 2 !== 0) {
      return undefined;
    }
    let name = '';
    // The stored length counts the UTF-16 terminator.
    for (let at = offset; at < offset + nameLength - 2; at += 2) name += String.fromCharCode(uint16le(bytes, at)!);
    names.push(name);
    pending.push(uint32le(bytes, offset + 0x44)!, uint32le(bytes, offset + 0x48)!);
  }
  return names;
}
