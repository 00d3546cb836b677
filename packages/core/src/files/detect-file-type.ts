/**
 * Recognises a file from its content alone; the name is never consulted, since
 * renaming is exactly what this must see through.
 *
 * Prefix: every type is recognised from the first DETECTION_PREFIX_BYTES, and
 * zips are read no further even when more is given, so the browser, checking
 * only that much of a large file before uploading it, reaches the server's
 * verdict. The one exception is legacy Word/Excel (OLE2): the directory that
 * tells .doc from .xls may lie anywhere in the file. When it is out of reach
 * (or damaged) the file is reported as both and accepted if either is; the
 * server, holding the whole file, can then tell them apart. Either way the
 * pre-check never refuses a file the server would accept.
 */
import { ascii, bytesAt, latin1, uint32be } from './byte-view.js';
import { compoundFileRootNames, isCompoundFile } from './compound-file.js';
import { FILE_TYPES, type ContentRule, type FileType } from './file-types.js';
import { isZip, zipEntries, type ZipEntry } from './zip-entries.js';

/**
 * Bytes a pre-upload check should pass. Magic numbers need 16, an OpenDocument
 * `mimetype` entry about 100, and Office Open XML names its first part folder
 * within a few kilobytes; the rest is headroom for zips whose writers put
 * thumbnails or properties first.
 */
export const DETECTION_PREFIX_BYTES = 64 * 1024;

/** The `ftyp` box is a few dozen bytes; a crafted one claiming more is read no further. */
const MAX_FTYP_BYTES = 1024;
const FTYP = ascii('ftyp');

/**
 * Every type in FILE_TYPES the content fits, in table order. Empty when none
 * does, including for a zip that is not an Office or OpenDocument file. More
 * than one only for a legacy Office file whose directory could not be read.
 */
export function detectFileTypes(bytes: Uint8Array): FileType[] {
  const facts = new ContentFacts(bytes);
  return FILE_TYPES.filter((type) => facts.fits(type.content));
}

/** The best-fitting type, or `undefined` when the content matches nothing in the table. */
export function detectFileType(bytes: Uint8Array): FileType | undefined {
  return detectFileTypes(bytes)[0];
}

/** Parses each container structure at most once, however many rules ask about it. */
class ContentFacts {
  private zipCache: ZipEntry[] | undefined;
  private brandsCache: string[] | undefined;
  // Boxed because `undefined` is itself an answer ("unreadable") worth caching.
  private rootNamesCache: { names: string[] | undefined } | undefined;

  constructor(private readonly bytes: Uint8Array) {}

  fits(rule: ContentRule): boolean {
    switch (rule.kind) {
      case 'magic':
        return rule.anyOf.some((runs) => runs.every((run) => bytesAt(this.bytes, run.offset, run.bytes)));
      case 'iso-bmff': {
        const brands = this.brands();
        return rule.brands.some((brand) => brands.includes(brand)) && !rule.unlessBrands.some((brand) => brands.includes(brand));
      }
      case 'ole2': {
        if (!isCompoundFile(this.bytes)) return false;
        const names = this.rootNames();
        if (names === undefined) return true;
        // MS-CFB compares directory names without regard to case.
        const wanted = rule.rootStreams.map((stream) => stream.toUpperCase());
        return names.some((name) => wanted.includes(name.toUpperCase()));
      }
      case 'ooxml':
        return this.zip().some((entry) => entry.name.startsWith(rule.partFolder));
      case 'odf': {
        const first = this.zip()[0];
        return (
          first !== undefined &&
          first.name === 'mimetype' &&
          first.method === 0 &&
          first.compressedSize === rule.mimetype.length &&
          bytesAt(this.bytes, first.dataStart, ascii(rule.mimetype))
        );
      }
    }
  }

  private zip(): ZipEntry[] {
    this.zipCache ??= isZip(this.bytes) ? zipEntries(this.bytes, DETECTION_PREFIX_BYTES) : [];
    return this.zipCache;
  }

  private brands(): string[] {
    this.brandsCache ??= ftypBrands(this.bytes);
    return this.brandsCache;
  }

  private rootNames(): string[] | undefined {
    this.rootNamesCache ??= { names: compoundFileRootNames(this.bytes) };
    return this.rootNamesCache.names;
  }
}

/** The major and compatible brands of a leading `ftyp` box, or none. */
function ftypBrands(bytes: Uint8Array): string[] {
  const size = uint32be(bytes, 0);
  if (size === undefined || size < 16 || !bytesAt(bytes, 4, FTYP)) return [];
  const end = Math.min(size, bytes.length, MAX_FTYP_BYTES);
  const brands = [latin1(bytes, 8, 12)];
  // Bytes 12–16 hold the minor version, not a brand.
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(latin1(bytes, offset, offset + 4));
  return brands;
}
