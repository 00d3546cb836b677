import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DOCUMENT_ACCEPT, FILE_TYPES, fileTypeForExtension, fileTypeForMime } from './file-types.js';

describe('FILE_TYPES', () => {
  it('gives each type one id, MIME type and set of extensions, so a name or MIME means one thing', () => {
    const ids = FILE_TYPES.map((type) => type.id);
    const mimes = FILE_TYPES.flatMap((type) => [type.mime, ...type.alsoKnownAs]);
    const extensions = FILE_TYPES.flatMap((type) => type.extensions);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(new Set(mimes).size, mimes.length);
    assert.equal(new Set(extensions).size, extensions.length);
  });

  it('offers PDF, JPEG and PNG for documents by default', () => {
    assert.deepEqual(
      DEFAULT_DOCUMENT_ACCEPT.map((mime) => fileTypeForMime(mime)?.id),
      ['pdf', 'jpeg', 'png'],
    );
  });

  it('finds a type by MIME type regardless of case, parameters or common aliases', () => {
    assert.equal(fileTypeForMime('Application/PDF; charset=binary')?.id, 'pdf');
    assert.equal(fileTypeForMime('image/jpg')?.id, 'jpeg');
    assert.equal(fileTypeForMime('image/heif')?.id, 'heic');
    assert.equal(fileTypeForMime('application/zip'), undefined);
  });

  it('finds a type by extension', () => {
    assert.equal(fileTypeForExtension('jpeg')?.id, 'jpeg');
    assert.equal(fileTypeForExtension('tif')?.id, 'tiff');
    assert.equal(fileTypeForExtension('zip'), undefined);
  });
});
