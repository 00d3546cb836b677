import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DETECTION_PREFIX_BYTES, detectFileType, detectFileTypes } from './detect-file-type.js';
import type { FileTypeId } from './file-types.js';
import {
  compoundFile,
  concat,
  doc,
  docx,
  gif,
  isoBmff,
  jpeg,
  odt,
  ods,
  dwg,
  openDocument,
  pdfBytes,
  plainZip,
  png,
  pptx,
  text,
  tiff,
  webp,
  xls,
  xlsx,
  zip,
} from './sample-files.test-support.js';

const ids = (bytes: Uint8Array) => detectFileTypes(bytes).map((type) => type.id);

const SAMPLES: [FileTypeId, () => Uint8Array][] = [
  ['pdf', pdfBytes],
  ['png', png],
  ['jpeg', jpeg],
  ['gif', gif],
  ['webp', webp],
  ['tiff', () => tiff('II')],
  ['heic', () => isoBmff('heic', 'mif1', 'heic')],
  ['doc', () => doc()],
  ['xls', () => xls()],
  ['docx', docx],
  ['xlsx', xlsx],
  ['pptx', pptx],
  ['odt', odt],
  ['ods', ods],
  ['dwg', dwg],
];

describe('detectFileType: every accepted format is recognised from its content', () => {
  for (const [id, make] of SAMPLES) {
    it(`recognises ${id}`, () => {
      assert.deepEqual(ids(make()), [id]);
      assert.equal(detectFileType(make())?.id, id);
    });
  }

  it('recognises TIFF in Motorola byte order as well as Intel', () => {
    assert.equal(detectFileType(tiff('MM'))?.id, 'tiff');
  });

  it('recognises phone photos marked only with the generic HEIF brand', () => {
    assert.equal(detectFileType(isoBmff('mif1', 'mif1', 'heic'))?.id, 'heic');
    assert.equal(detectFileType(isoBmff('mif1', 'mif1'))?.id, 'heic');
  });

  it('does not take AVIF or MP4 video, which share the container, for HEIC', () => {
    assert.equal(detectFileType(isoBmff('avif', 'mif1', 'avif')), undefined);
    assert.equal(detectFileType(isoBmff('isom', 'isom', 'mp41')), undefined);
  });

  it('recognises an Office file whose zip was written by a streaming writer (sizes after the data)', () => {
    const streamed = zip(
      [
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: '_rels/.rels', data: '<Relationships/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
      ],
      { streamed: true },
    );
    assert.equal(detectFileType(streamed)?.id, 'xlsx');
  });
});

describe('detectFileType: a zip is a document only when it is an Office or OpenDocument file', () => {
  it('does not recognise a plain zip archive', () => {
    assert.equal(detectFileType(plainZip()), undefined);
  });

  it('requires the OpenDocument mimetype to be the first entry, as the standard does', () => {
    const late = zip([
      { name: 'content.xml', data: '<office:document-content/>' },
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    ]);
    assert.equal(detectFileType(late), undefined);
  });

  it('does not take an OpenDocument template or drawing for a text document', () => {
    assert.equal(detectFileType(openDocument('application/vnd.oasis.opendocument.text-template')), undefined);
    assert.equal(detectFileType(openDocument('application/vnd.oasis.opendocument.graphics')), undefined);
  });
});

describe('detectFileType: legacy Word and Excel (OLE2)', () => {
  it('tells a .doc from an .xls by the streams at the root of the directory', () => {
    assert.deepEqual(ids(doc()), ['doc']);
    assert.deepEqual(ids(xls()), ['xls']);
  });

  it('does not take other compound files (Outlook messages, installers, PowerPoint 97) for documents', () => {
    assert.deepEqual(ids(compoundFile(['__properties_version1.0', '__substg1.0_0037001F'])), []);
    assert.deepEqual(ids(compoundFile(['PowerPoint Document', 'Current User'])), []);
  });

  it('reports both when only the header is at hand, so either can be accepted', () => {
    assert.deepEqual(ids(doc().subarray(0, 512)), ['doc', 'xls']);
  });

  it('resolves a large .doc with the whole file but not from the first 64 KiB', () => {
    const large = doc(200);
    assert.ok(large.length > DETECTION_PREFIX_BYTES);
    assert.deepEqual(ids(large), ['doc']);
    assert.deepEqual(ids(large.subarray(0, DETECTION_PREFIX_BYTES)), ['doc', 'xls']);
  });

  it('stops on a damaged directory that loops back on itself, and stays unsure', () => {
    // Sector 1 holds the directory, entries of 128 bytes: root, then streams 1–3 with 2 at the top of the tree.
    const siblingLoop = xls();
    new DataView(siblingLoop.buffer).setUint32(1024 + 3 * 128 + 0x48, 2, true);
    assert.deepEqual(ids(siblingLoop), ['doc', 'xls']);

    // The FAT says the directory's sector is followed by itself; entry 1001 lies far down that chain.
    const chainLoop = xls();
    new DataView(chainLoop.buffer).setUint32(512 + 1 * 4, 1, true);
    new DataView(chainLoop.buffer).setUint32(1024 + 2 * 128 + 0x48, 1001, true);
    assert.deepEqual(ids(chainLoop), ['doc', 'xls']);
  });
});

describe('detectFileType: the first 64 KiB are enough', () => {
  it('recognises a large DOCX, with a big image after the document, from its prefix', () => {
    const large = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
      { name: 'word/media/image1.png', data: concat(png(), new Uint8Array(300_000)) },
    ]);
    assert.equal(detectFileType(large.subarray(0, DETECTION_PREFIX_BYTES))?.id, 'docx');
    assert.equal(detectFileType(large)?.id, 'docx');
  });

  it('gives the same answer for the prefix and the whole file, so the browser and server agree', () => {
    const padded = (bytes: Uint8Array) => concat(bytes, new Uint8Array(200_000).fill(0x20));
    for (const [id, make] of SAMPLES) {
      if (id === 'doc' || id === 'xls') continue;
      const whole = padded(make());
      assert.deepEqual(ids(whole.subarray(0, DETECTION_PREFIX_BYTES)), ids(whole), id);
    }
  });

  it('reads no further than the prefix in a zip, even on the server', () => {
    const hidden = zip([
      { name: 'padding.bin', data: new Uint8Array(DETECTION_PREFIX_BYTES) },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    assert.equal(detectFileType(hidden), undefined);
  });
});

describe('detectFileType: hostile and damaged input', () => {
  it('recognises nothing in an empty file', () => {
    assert.equal(detectFileType(new Uint8Array()), undefined);
  });

  it('never names the wrong type for a file cut short at any length', () => {
    for (const [id, make] of SAMPLES) {
      const whole = make();
      for (let length = 0; length < whole.length; length++) {
        const found = ids(whole.subarray(0, length));
        assert.ok(found.length === 0 || found.includes(id), `${id} cut to ${length} bytes gave ${found.join()}`);
      }
    }
  });

  it('does not throw on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
        detectFileTypes(bytes);
      }),
    );
  });

  it('does not throw on valid containers with random damage', () => {
    const containers = [doc(), xls(), docx(), odt(), isoBmff('heic', 'mif1')];
    fc.assert(
      fc.property(
        fc.constantFrom(...containers),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 20 }),
        (original, damage) => {
          const bytes = original.slice();
          for (const [at, value] of damage) bytes[at % bytes.length] = value;
          detectFileTypes(bytes);
        },
      ),
    );
  });

  it('looks only at the start of a huge file', () => {
    const huge = new Uint8Array(64 * 1024 * 1024);
    huge.set(pdfBytes());
    const started = performance.now();
    assert.equal(detectFileType(huge)?.id, 'pdf');
    assert.ok(performance.now() - started < 1000);
  });

  it('gives up on a zip of thousands of tiny entries without finding a document', () => {
    const entries = Array.from({ length: 5000 }, (_, index) => ({ name: `f${index}`, data: '' }));
    assert.equal(detectFileType(zip([...entries, { name: 'word/document.xml', data: '<w/>' }])), undefined);
  });

  it('does not take text that merely mentions a signature for that type', () => {
    assert.equal(detectFileType(text('<html><body>%PDF-1.7</body></html>')), undefined);
    assert.equal(detectFileType(text('PK\u0003\u0004')), undefined);
  });
});
