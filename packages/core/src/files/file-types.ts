/**
 * The file types agencies may ask for, as data: what each is called, how its
 * name usually ends and how to recognise it from its first bytes. Detection
 * goes by content only; extensions are used to catch renamed files and to give
 * a stored file a name that opens in the right program.
 */
import type { Bilingual } from '../i18n/bilingual.js';
import { ascii } from './byte-view.js';

export type FileTypeId =
  | 'pdf'
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'tiff'
  | 'heic'
  | 'doc'
  | 'xls'
  | 'docx'
  | 'xlsx'
  | 'pptx'
  | 'odt'
  | 'ods'
  | 'dwg';

/** `bytes` found at `offset` from the start of the file. */
export interface ByteRun {
  readonly offset: number;
  readonly bytes: readonly number[];
}

export type ContentRule =
  /** Matches when every run of any one alternative is present. */
  | { readonly kind: 'magic'; readonly anyOf: readonly (readonly ByteRun[])[] }
  /** An ISO base media file whose `ftyp` box lists one of `brands` and none of `unlessBrands`. */
  | { readonly kind: 'iso-bmff'; readonly brands: readonly string[]; readonly unlessBrands: readonly string[] }
  /**
   * An OLE2 compound file whose root storage holds one of `rootStreams`. When
   * the directory cannot be read from the bytes at hand (a prefix that stops
   * before it), every compound-file type matches: see detect-file-type.ts.
   */
  | { readonly kind: 'ole2'; readonly rootStreams: readonly string[] }
  /** An Office Open XML zip: some entry's name starts with `partFolder`. */
  | { readonly kind: 'ooxml'; readonly partFolder: string }
  /** An OpenDocument zip: the first entry is `mimetype`, stored, holding exactly `mimetype`. */
  | { readonly kind: 'odf'; readonly mimetype: string };

export interface FileType {
  readonly id: FileTypeId;
  readonly mime: string;
  /** Other MIME types agencies write for the same format; accepting any of them accepts this type. */
  readonly alsoKnownAs: readonly string[];
  /** Lower case, without the dot. The first is the one given to a stored name that lacks one. */
  readonly extensions: readonly string[];
  /** Short, language-neutral name for lists: "PDF", "Word (.docx)". */
  readonly name: string;
  /** Noun phrase for sentences: vi "ảnh PNG", en "PNG image". */
  readonly label: Bilingual;
  readonly content: ContentRule;
}

/**
 * Ordered most useful first: when content fits several types (only legacy
 * Office files whose directory is out of reach), the first is the best guess.
 */
export const FILE_TYPES: readonly FileType[] = [
  {
    id: 'pdf',
    mime: 'application/pdf',
    alsoKnownAs: [],
    extensions: ['pdf'],
    name: 'PDF',
    label: { vi: 'tài liệu PDF', en: 'PDF document' },
    // Readers tolerate junk before the header, but only offset 0 is accepted so
    // that an HTML or script file with "%PDF-" inside it is not taken for a PDF.
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: ascii('%PDF-') }]] },
  },
  {
    id: 'jpeg',
    mime: 'image/jpeg',
    alsoKnownAs: ['image/jpg', 'image/pjpeg'],
    extensions: ['jpg', 'jpeg', 'jpe', 'jfif'],
    name: 'JPEG',
    label: { vi: 'ảnh JPEG', en: 'JPEG image' },
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: [0xff, 0xd8, 0xff] }]] },
  },
  {
    id: 'png',
    mime: 'image/png',
    alsoKnownAs: [],
    extensions: ['png'],
    name: 'PNG',
    label: { vi: 'ảnh PNG', en: 'PNG image' },
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }]] },
  },
  {
    id: 'gif',
    mime: 'image/gif',
    alsoKnownAs: [],
    extensions: ['gif'],
    name: 'GIF',
    label: { vi: 'ảnh GIF', en: 'GIF image' },
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: ascii('GIF87a') }], [{ offset: 0, bytes: ascii('GIF89a') }]] },
  },
  {
    id: 'webp',
    mime: 'image/webp',
    alsoKnownAs: [],
    extensions: ['webp'],
    name: 'WebP',
    label: { vi: 'ảnh WebP', en: 'WebP image' },
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: ascii('RIFF') }, { offset: 8, bytes: ascii('WEBP') }]] },
  },
  {
    id: 'tiff',
    mime: 'image/tiff',
    alsoKnownAs: [],
    extensions: ['tiff', 'tif'],
    name: 'TIFF',
    label: { vi: 'ảnh TIFF', en: 'TIFF image' },
    // Scanners write both byte orders: Intel "II*\0" and Motorola "MM\0*".
    content: {
      kind: 'magic',
      anyOf: [[{ offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] }], [{ offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] }]],
    },
  },
  {
    id: 'dwg',
    mime: 'image/vnd.dwg',
    alsoKnownAs: ['application/acad', 'application/x-dwg'],
    extensions: ['dwg'],
    name: 'DWG',
    label: { vi: 'bản vẽ AutoCAD (DWG)', en: 'AutoCAD drawing (DWG)' },
    // Construction permits ask for drawings; every DWG release since R13
    // (1994) opens with its version string "AC10nn".
    content: { kind: 'magic', anyOf: [[{ offset: 0, bytes: [0x41, 0x43, 0x31, 0x30] }]] },
  },
  {
    id: 'heic',
    mime: 'image/heic',
    alsoKnownAs: ['image/heif'],
    extensions: ['heic', 'heif', 'hif'],
    name: 'HEIC',
    label: { vi: 'ảnh HEIC/HEIF', en: 'HEIC/HEIF photo' },
    // Phones mark their photos "heic" or the generic "mif1"; AVIF files share
    // the container and list "mif1" too, but tools that open HEIC often cannot
    // decode AV1, so AVIF is left out.
    content: {
      kind: 'iso-bmff',
      brands: ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'],
      unlessBrands: ['avif', 'avis'],
    },
  },
  {
    id: 'doc',
    mime: 'application/msword',
    alsoKnownAs: [],
    extensions: ['doc'],
    name: 'Word (.doc)',
    label: { vi: 'tài liệu Word (.doc)', en: 'Word document (.doc)' },
    content: { kind: 'ole2', rootStreams: ['WordDocument'] },
  },
  {
    id: 'xls',
    mime: 'application/vnd.ms-excel',
    alsoKnownAs: [],
    extensions: ['xls'],
    name: 'Excel (.xls)',
    label: { vi: 'bảng tính Excel (.xls)', en: 'Excel spreadsheet (.xls)' },
    // "Book" is what Excel 5 and 95 wrote before "Workbook".
    content: { kind: 'ole2', rootStreams: ['Workbook', 'Book'] },
  },
  {
    id: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    alsoKnownAs: [],
    extensions: ['docx'],
    name: 'Word (.docx)',
    label: { vi: 'tài liệu Word (.docx)', en: 'Word document (.docx)' },
    content: { kind: 'ooxml', partFolder: 'word/' },
  },
  {
    id: 'xlsx',
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    alsoKnownAs: [],
    extensions: ['xlsx'],
    name: 'Excel (.xlsx)',
    label: { vi: 'bảng tính Excel (.xlsx)', en: 'Excel spreadsheet (.xlsx)' },
    content: { kind: 'ooxml', partFolder: 'xl/' },
  },
  {
    id: 'pptx',
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    alsoKnownAs: [],
    extensions: ['pptx'],
    name: 'PowerPoint (.pptx)',
    label: { vi: 'bản trình chiếu PowerPoint (.pptx)', en: 'PowerPoint presentation (.pptx)' },
    content: { kind: 'ooxml', partFolder: 'ppt/' },
  },
  {
    id: 'odt',
    mime: 'application/vnd.oasis.opendocument.text',
    alsoKnownAs: [],
    extensions: ['odt'],
    name: 'OpenDocument (.odt)',
    label: { vi: 'văn bản OpenDocument (.odt)', en: 'OpenDocument text (.odt)' },
    content: { kind: 'odf', mimetype: 'application/vnd.oasis.opendocument.text' },
  },
  {
    id: 'ods',
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    alsoKnownAs: [],
    extensions: ['ods'],
    name: 'OpenDocument (.ods)',
    label: { vi: 'bảng tính OpenDocument (.ods)', en: 'OpenDocument spreadsheet (.ods)' },
    content: { kind: 'odf', mimetype: 'application/vnd.oasis.opendocument.spreadsheet' },
  },
];

/** What a document upload accepts when its procedure says nothing: the formats every office can open. */
export const DEFAULT_DOCUMENT_ACCEPT: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** The type a MIME type names (case and parameters ignored), aliases included. */
export function fileTypeForMime(mime: string): FileType | undefined {
  const wanted = mime.split(';')[0]!.trim().toLowerCase();
  return FILE_TYPES.find((type) => type.mime === wanted || type.alsoKnownAs.includes(wanted));
}

/** The type a file name ending (lower case, no dot) usually means. */
export function fileTypeForExtension(extension: string): FileType | undefined {
  return FILE_TYPES.find((type) => type.extensions.includes(extension));
}
