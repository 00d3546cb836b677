import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_FILE_NAME_BYTES, fileExtension, sanitizeFileName } from './sanitize-file-name.js';

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

describe('sanitizeFileName: paths cannot escape the upload folder', () => {
  it('keeps only the last segment of a traversal path', () => {
    assert.equal(sanitizeFileName('../../etc/passwd'), 'passwd');
    assert.equal(sanitizeFileName('..\\..\\boot.ini'), 'boot.ini');
  });

  it('drops absolute paths, drive letters and network shares', () => {
    assert.equal(sanitizeFileName('C:\\Windows\\x.pdf'), 'x.pdf');
    assert.equal(sanitizeFileName('C:x.pdf'), 'x.pdf');
    assert.equal(sanitizeFileName('/var/www/uploads/x.pdf'), 'x.pdf');
    assert.equal(sanitizeFileName('\\\\server\\share\\x.pdf'), 'x.pdf');
  });

  it('leaves nothing when the name is only a path or dots', () => {
    for (const name of ['', '   ', '.', '..', '...', '../', '..\\..\\', '/', 'C:\\']) {
      assert.equal(sanitizeFileName(name), '', JSON.stringify(name));
    }
  });
});

describe('sanitizeFileName: what is shown is what is stored', () => {
  it('removes a right-to-left override that disguises an .exe as a .pdf', () => {
    assert.equal(sanitizeFileName('a\u202Efdp.exe'), 'afdp.exe');
    assert.equal(fileExtension(sanitizeFileName('a\u202Efdp.exe')), 'exe');
  });

  it('removes NUL, newlines and other control characters', () => {
    assert.equal(sanitizeFileName('ho\u0000so.pdf\u0000.exe'), 'hoso.pdf.exe');
    assert.equal(sanitizeFileName('to\r\nkhai\t01.pdf'), 'tokhai01.pdf');
  });

  it('removes zero-width characters and half surrogate pairs', () => {
    assert.equal(sanitizeFileName('don\u200B.pdf'), 'don.pdf');
    assert.equal(sanitizeFileName('don\uD800.pdf'), 'don.pdf');
  });

  it('replaces characters Windows forbids and trims dots and spaces at the ends', () => {
    assert.equal(sanitizeFileName('Đơn: "xin" <việc>?.pdf'), 'Đơn_ _xin_ _việc__.pdf');
    assert.equal(sanitizeFileName(' .hidden  report.pdf. . '), 'hidden report.pdf');
  });
});

describe('sanitizeFileName: Windows device names', () => {
  it('prefixes names Windows reserves for devices, whatever the case or extension', () => {
    assert.equal(sanitizeFileName('CON.pdf'), '_CON.pdf');
    assert.equal(sanitizeFileName('nul'), '_nul');
    assert.equal(sanitizeFileName('Lpt1.tar.gz'), '_Lpt1.tar.gz');
    assert.equal(sanitizeFileName('com9 .pdf'), '_com9 .pdf');
  });

  it('leaves ordinary names that only begin like a device', () => {
    assert.equal(sanitizeFileName('console.pdf'), 'console.pdf');
    assert.equal(sanitizeFileName('Công văn.pdf'), 'Công văn.pdf');
  });
});

describe('sanitizeFileName: Vietnamese names', () => {
  it('keeps Vietnamese letters as typed', () => {
    assert.equal(sanitizeFileName('Giấy khai sinh.pdf'), 'Giấy khai sinh.pdf');
    assert.equal(sanitizeFileName('Sổ hộ khẩu – Nguyễn Văn Ánh.jpg'), 'Sổ hộ khẩu – Nguyễn Văn Ánh.jpg');
  });

  it('composes the decomposed letters macOS sends, so the same name is the same string', () => {
    const decomposed = 'Giấy khai sinh.pdf'.normalize('NFD');
    assert.notEqual(decomposed, 'Giấy khai sinh.pdf');
    assert.equal(sanitizeFileName(decomposed), 'Giấy khai sinh.pdf');
  });
});

describe('sanitizeFileName: length', () => {
  it('shortens a 1,000-character name and keeps its extension', () => {
    const safe = sanitizeFileName(`${'a'.repeat(996)}.pdf`);
    assert.ok(utf8Bytes(safe) <= MAX_FILE_NAME_BYTES);
    assert.ok(safe.endsWith('aaa.pdf'));
  });

  it('counts Vietnamese letters by their encoded size and never splits one', () => {
    const safe = sanitizeFileName(`${'Giấy chứng nhận quyền sử dụng đất '.repeat(30)}.pdf`);
    assert.ok(utf8Bytes(safe) <= MAX_FILE_NAME_BYTES);
    assert.ok(safe.startsWith('Giấy chứng nhận'));
    assert.ok(safe.endsWith('.pdf'));
    assert.ok(!safe.endsWith(' .pdf'), 'no space left before the extension');
    assert.equal(safe, safe.normalize('NFC'));
  });

  it('does not split an emoji when cutting', () => {
    const safe = sanitizeFileName(`${'😀'.repeat(100)}.png`);
    assert.ok(utf8Bytes(safe) <= MAX_FILE_NAME_BYTES);
    assert.equal(safe.replace(/😀/g, ''), '.png');
  });
});

describe('sanitizeFileName: for any input', () => {
  it('returns a short, single-segment, visible, NFC name, and cleaning it again changes nothing', () => {
    const anyName = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.constantFrom('..', '/', '\\', 'C:', 'CON', '.', ' ', '\u202E', '\u0000', 'ấ', 'a\u0301', '.pdf'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyName, (name) => {
        const safe = sanitizeFileName(name);
        // oxlint-disable-next-line no-control-regex -- checking that none survive
        assert.ok(!/[\\/\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(safe), JSON.stringify(safe));
        assert.ok(utf8Bytes(safe) <= MAX_FILE_NAME_BYTES);
        assert.ok(!/^[ .]|[ .]$/.test(safe));
        assert.equal(safe, safe.normalize('NFC'));
        assert.equal(sanitizeFileName(safe), safe);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fileExtension', () => {
  it('reads the ending in lower case and ignores what cannot be an extension', () => {
    assert.equal(fileExtension('Ảnh CCCD.JPG'), 'jpg');
    assert.equal(fileExtension('scan'), undefined);
    assert.equal(fileExtension('v1.0 bản cuối'), undefined);
    assert.equal(fileExtension('archive.tar.gz'), 'gz');
  });
});
