/**
 * Small but real files for the tests, built byte by byte so that each test
 * shows what the detector relies on. Test-only: nothing in the library imports it.
 */

export function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Little-endian fields, as zip and OLE2 write them. */
function le(...fields: [value: number, size: 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((sum, [, size]) => sum + size, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const [value, size] of fields) {
    if (size === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
    offset += size;
  }
  return out;
}

function be32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** A 1×1 grey PNG: signature, IHDR, an IDAT holding a stored zlib block, IEND. */
export function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = concat(text(type), data);
    return concat(be32(data.length), body, be32(crc32(body)));
  };
  const header = concat(be32(1), be32(1), Uint8Array.of(8, 0, 0, 0, 0));
  // zlib header, one stored block of [filter 0, pixel 0], Adler-32 of those two bytes.
  const pixels = Uint8Array.of(0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01);
  return concat(
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('IDAT', pixels),
    chunk('IEND', new Uint8Array()),
  );
}

/** A one-page PDF with a correct cross-reference table. */
export function pdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

export function pdfBytes(): Uint8Array {
  return text(pdf());
}

/** SOI, a JFIF APP0 segment, EOI: the start every camera and scanner JPEG shares. */
export function jpeg(): Uint8Array {
  return concat(
    Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10),
    text('JFIF\0'),
    Uint8Array.of(0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9),
  );
}

/** The classic 1×1 transparent GIF. */
export function gif(): Uint8Array {
  return concat(
    text('GIF89a'),
    Uint8Array.of(1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x21, 0xf9, 4, 1, 0, 0, 0, 0),
    Uint8Array.of(0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b),
  );
}

/** A 1×1 lossless WebP. */
export function webp(): Uint8Array {
  const vp8l = Uint8Array.of(0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00);
  const chunk = concat(text('VP8L'), le([vp8l.length - 1, 4]), vp8l);
  return concat(text('RIFF'), le([4 + chunk.length, 4]), text('WEBP'), chunk);
}

/** A TIFF header and an empty first IFD, in either byte order. */
export function tiff(order: 'II' | 'MM'): Uint8Array {
  return order === 'II'
    ? Uint8Array.of(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    : Uint8Array.of(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0);
}

/** An ISO-BMFF file: an `ftyp` box with these brands, then an empty `meta` box. */
export function isoBmff(major: string, ...compatible: string[]): Uint8Array {
  const ftyp = concat(text('ftyp'), text(major), be32(0), ...compatible.map(text));
  return concat(be32(ftyp.length + 4), ftyp, be32(12), text('meta'), be32(0));
}

export interface ZipInput {
  readonly name: string;
  readonly data: string | Uint8Array;
}

/**
 * A stored (uncompressed) zip with local headers, central directory and end
 * record, as `unzip` expects. `streamed` writes it the way streaming writers
 * do: sizes left out of the local headers and given in data descriptors after each entry.
 */
export function zip(entries: readonly ZipInput[], { streamed = false } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = text(entry.name);
    const data = typeof entry.data === 'string' ? text(entry.data) : entry.data;
    const crc = crc32(data);
    // Bit 11: UTF-8 names; bit 3: sizes in a data descriptor.
    const flags = streamed ? 0x0808 : 0x0800;
    const fields = (known: boolean) =>
      le([20, 2], [flags, 2], [0, 2], [0, 2], [0x21, 2], [known ? crc : 0, 4], [known ? data.length : 0, 4], [known ? data.length : 0, 4], [name.length, 2], [0, 2]);
    const descriptor = streamed ? le([0x08074b50, 4], [crc, 4], [data.length, 4], [data.length, 4]) : new Uint8Array();
    const local = concat(le([0x04034b50, 4]), fields(!streamed), name, data, descriptor);
    centrals.push(concat(le([0x02014b50, 4], [20, 2]), fields(true), le([0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]), name));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(...centrals);
  const end = le([0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [directory.length, 4], [offset, 4], [0, 2]);
  return concat(...locals, directory, end);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function docx(): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
  ]);
}

export function xlsx(): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
  ]);
}

export function pptx(): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'ppt/presentation.xml', data: '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>' },
  ]);
}

export function openDocument(mimetype: string): Uint8Array {
  return zip([
    { name: 'mimetype', data: mimetype },
    { name: 'content.xml', data: '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>' },
  ]);
}

export function odt(): Uint8Array {
  return openDocument('application/vnd.oasis.opendocument.text');
}

export function ods(): Uint8Array {
  return openDocument('application/vnd.oasis.opendocument.spreadsheet');
}

/** The header of an AutoCAD 2018 drawing: the version string, then binary. */
export function dwg(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set(new TextEncoder().encode('AC1032'));
  bytes.set([0, 0, 0, 0, 0, 0x5f, 0x01], 6);
  return bytes;
}

export function plainZip(): Uint8Array {
  return zip([
    { name: 'readme.txt', data: 'Hồ sơ' },
    { name: 'photos/cccd.jpg', data: jpeg() },
  ]);
}

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_ENTRY = 0xffffffff;

/**
 * An OLE2 compound file (MS-CFB version 3, 512-byte sectors) whose root holds
 * empty streams named `streams`. `fillerSectors` puts that many sectors of data
 * before the directory, as real files do, to push it past a prefix.
 */
export function compoundFile(streams: readonly string[], fillerSectors = 0): Uint8Array {
  const entries = ['Root Entry', ...streams];
  const directorySectors = Math.ceil(entries.length / 4);
  let fatSectors = 1;
  while (fatSectors * 128 < fatSectors + fillerSectors + directorySectors) fatSectors++;
  const firstDirectory = fatSectors + fillerSectors;
  const totalSectors = firstDirectory + directorySectors;

  const fat = Array.from({ length: fatSectors * 128 }, () => FREE);
  for (let sector = 0; sector < fatSectors; sector++) fat[sector] = FAT_SECTOR;
  for (let sector = fatSectors; sector < firstDirectory; sector++) fat[sector] = sector + 1 < firstDirectory ? sector + 1 : END_OF_CHAIN;
  for (let sector = firstDirectory; sector < totalSectors; sector++) fat[sector] = sector + 1 < totalSectors ? sector + 1 : END_OF_CHAIN;

  const difat = Array.from({ length: 109 }, () => FREE);
  for (let sector = 0; sector < fatSectors; sector++) difat[sector] = sector;
  const header = concat(
    Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    new Uint8Array(16),
    le([0x3e, 2], [3, 2], [0xfffe, 2], [9, 2], [6, 2], [0, 2], [0, 4], [0, 4], [fatSectors, 4], [firstDirectory, 4]),
    le([0, 4], [4096, 4], [END_OF_CHAIN, 4], [0, 4], [END_OF_CHAIN, 4], [0, 4]),
    le(...difat.map((value): [number, 4] => [value, 4])),
  );

  // Children of the root as a balanced tree through left and right sibling links.
  const links = new Map<number, { left: number; right: number }>();
  const tree = (low: number, high: number): number => {
    if (low > high) return NO_ENTRY;
    const middle = Math.floor((low + high) / 2);
    links.set(middle, { left: tree(low, middle - 1), right: tree(middle + 1, high) });
    return middle;
  };
  const rootChild = tree(1, entries.length - 1);
  const directory = new Uint8Array(directorySectors * 512);
  entries.forEach((name, id) => {
    const entry = new Uint8Array(128);
    const view = new DataView(entry.buffer);
    Array.from(name).forEach((char, index) => view.setUint16(index * 2, char.charCodeAt(0), true));
    view.setUint16(0x40, (name.length + 1) * 2, true);
    entry[0x42] = id === 0 ? 5 : 2;
    entry[0x43] = 1;
    view.setUint32(0x44, id === 0 ? NO_ENTRY : links.get(id)!.left, true);
    view.setUint32(0x48, id === 0 ? NO_ENTRY : links.get(id)!.right, true);
    view.setUint32(0x4c, id === 0 ? rootChild : NO_ENTRY, true);
    view.setUint32(0x74, END_OF_CHAIN, true);
    directory.set(entry, id * 128);
  });
  for (let id = entries.length; id < directorySectors * 4; id++) {
    const view = new DataView(directory.buffer, id * 128, 128);
    view.setUint32(0x44, NO_ENTRY, true);
    view.setUint32(0x48, NO_ENTRY, true);
    view.setUint32(0x4c, NO_ENTRY, true);
  }

  const filler = new Uint8Array(fillerSectors * 512).fill(0x41);
  return concat(header, le(...fat.map((value): [number, 4] => [value, 4])), filler, directory);
}

/** What Word 97–2003 writes at the root of a .doc. */
export function doc(fillerSectors = 0): Uint8Array {
  return compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation', '\u0001CompObj'], fillerSectors);
}

/** What Excel 97–2003 writes at the root of an .xls. */
export function xls(fillerSectors = 0): Uint8Array {
  return compoundFile(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation'], fillerSectors);
}
