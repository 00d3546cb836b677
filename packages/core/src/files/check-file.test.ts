import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MotcuaError } from '../errors.js';
import { checkFile, type FileCheckResult, type FileCheckRule } from './check-file.js';
import { DETECTION_PREFIX_BYTES } from './detect-file-type.js';
import { FileCheckError } from './file-check-error.js';
import { DEFAULT_DOCUMENT_ACCEPT } from './file-types.js';
import { concat, doc, docx, isoBmff, jpeg, pdfBytes, plainZip, png, xls } from './sample-files.test-support.js';

const MB = 1024 * 1024;
const DOCUMENT: FileCheckRule = { accept: DEFAULT_DOCUMENT_ACCEPT, maxSize: 5 * MB };
const PDF_ONLY: FileCheckRule = { accept: ['application/pdf'], maxSize: 5 * MB };
const XLS_ONLY: FileCheckRule = { accept: ['application/vnd.ms-excel'], maxSize: 5 * MB };

function check(name: string, bytes: Uint8Array, rule: FileCheckRule = DOCUMENT, size = bytes.length): FileCheckResult {
  return checkFile({ name, size, bytes }, rule);
}

function refused(result: FileCheckResult): FileCheckError {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return (result as { error: FileCheckError }).error;
}

function accepted(result: FileCheckResult) {
  if (!result.ok) assert.fail(`expected the file to be accepted, got ${result.error.code}: ${result.error.text.en}`);
  return result;
}

describe('checkFile: accepted files', () => {
  it('accepts a PDF, an ID-card photo and a scan in the default document formats', () => {
    assert.equal(accepted(check('Giấy khai sinh.pdf', pdfBytes())).type.id, 'pdf');
    assert.equal(accepted(check('CCCD mặt trước.JPG', jpeg())).type.id, 'jpeg');
    assert.equal(accepted(check('scan.png', png())).type.id, 'png');
  });

  it('keeps the Vietnamese name the citizen chose', () => {
    assert.equal(accepted(check('Giấy khai sinh.pdf', pdfBytes())).safeName, 'Giấy khai sinh.pdf');
    assert.equal(accepted(check('Giấy khai sinh.pdf'.normalize('NFD'), pdfBytes())).safeName, 'Giấy khai sinh.pdf');
  });

  it('stores a path-laden or disguised name safely', () => {
    assert.equal(accepted(check('../../etc/passwd.pdf', pdfBytes())).safeName, 'passwd.pdf');
    assert.equal(accepted(check('C:\\Users\\An\\Desktop\\CON.pdf', pdfBytes())).safeName, '_CON.pdf');
  });

  it('gives a name without a known ending the ending of its real type, so it opens correctly', () => {
    assert.equal(accepted(check('scan', pdfBytes())).safeName, 'scan.pdf');
    assert.equal(accepted(check('ho so.dat', jpeg())).safeName, 'ho so.dat.jpg');
  });

  it('matches accepted MIME types without regard to case, and knows common aliases', () => {
    assert.ok(check('a.pdf', pdfBytes(), { accept: ['Application/PDF'], maxSize: MB }).ok);
    assert.ok(check('a.jpg', jpeg(), { accept: ['image/jpg'], maxSize: MB }).ok);
    assert.ok(check('IMG_0001.HEIC', isoBmff('heic', 'mif1', 'heic'), { accept: ['image/heif'], maxSize: MB }).ok);
  });

  it('accepts an Office document when the procedure asks for one', () => {
    const result = accepted(check('Tờ khai.docx', docx(), { accept: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'], maxSize: MB }));
    assert.equal(result.type.id, 'docx');
  });
});

describe('checkFile: size', () => {
  it('accepts a file of exactly the maximum size and refuses one byte more', () => {
    const rule = { accept: DEFAULT_DOCUMENT_ACCEPT, maxSize: pdfBytes().length };
    assert.ok(check('a.pdf', pdfBytes(), rule).ok);
    const error = refused(check('a.pdf', concat(pdfBytes(), Uint8Array.of(0x0a)), rule));
    assert.equal(error.code, 'file-too-large');
    assert.deepEqual(error.details, { size: rule.maxSize + 1, maxSize: rule.maxSize });
  });

  it('says how big the file is and what the limit is, in megabytes', () => {
    const error = refused(check('Bản vẽ.pdf', pdfBytes(), DOCUMENT, 5 * MB + 1));
    assert.equal(error.text.vi, 'Tệp “Bản vẽ.pdf” có dung lượng 5,1 MB, vượt quá mức cho phép 5 MB. Vui lòng giảm dung lượng (ví dụ: quét lại với độ phân giải thấp hơn) rồi tải lên lại.');
    assert.match(error.text.en, /is 5\.1 MB, over the 5 MB limit/);
  });

  it('refuses a too-large file before looking at its content, from the declared size', () => {
    assert.equal(refused(check('video.mp4', new Uint8Array(16), DOCUMENT, 700 * MB)).code, 'file-too-large');
  });

  it('refuses an empty file', () => {
    const error = refused(check('Giấy khai sinh.pdf', new Uint8Array()));
    assert.equal(error.code, 'file-empty');
    assert.match(error.text.vi, /Tệp “Giấy khai sinh.pdf” không có nội dung/);
  });

  it('does not believe a declared size smaller than the bytes received', () => {
    assert.equal(refused(check('a.pdf', pdfBytes(), { accept: DEFAULT_DOCUMENT_ACCEPT, maxSize: 100 }, 0)).code, 'file-too-large');
  });
});

describe('checkFile: type', () => {
  it('refuses a PNG renamed to .pdf, saying what it really is', () => {
    const error = refused(check('Giấy khai sinh.pdf', png()));
    assert.equal(error.code, 'file-name-mismatch');
    assert.match(error.text.vi, /^Tệp “Giấy khai sinh.pdf” là ảnh PNG, không phải tài liệu PDF/);
    assert.match(error.text.en, /is a PNG image, not a PDF document/);
    assert.deepEqual(error.details, { detected: 'image/png', extension: 'pdf', expected: 'application/pdf' });
  });

  it('refuses a renamed file even when its real type would be accepted', () => {
    assert.equal(refused(check('ảnh.png', jpeg())).code, 'file-name-mismatch');
  });

  it('refuses a type the procedure does not accept, listing what it does', () => {
    const error = refused(check('ảnh.png', png(), PDF_ONLY));
    assert.equal(error.code, 'file-type-not-accepted');
    assert.equal(error.text.vi, 'Tệp “ảnh.png” là ảnh PNG, không thuộc loại được nhận cho giấy tờ này. Loại tệp được nhận: PDF.');
    assert.deepEqual(error.details, { detected: 'image/png', accepted: ['application/pdf'] });
  });

  it('refuses a Word document where only PDF and images are taken', () => {
    const error = refused(check('Đơn.docx', docx()));
    assert.equal(error.code, 'file-type-not-accepted');
    assert.match(error.text.en, /is a Word document \(.docx\), which is not accepted.*Accepted types: PDF, JPEG, PNG\./);
  });

  it('refuses a plain zip archive, even one named like a document', () => {
    for (const name of ['hồ sơ.zip', 'hồ sơ.docx']) {
      const error = refused(check(name, plainZip(), { accept: [...DEFAULT_DOCUMENT_ACCEPT, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'], maxSize: MB }));
      assert.equal(error.code, 'file-type-unknown', name);
    }
  });

  it('refuses random bytes as unrecognised, naming the accepted types', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 251);
    const error = refused(check('tài liệu.pdf', noise));
    assert.equal(error.code, 'file-type-unknown');
    assert.match(error.text.vi, /Không nhận ra định dạng của tệp “tài liệu.pdf”.*Loại tệp được nhận: PDF, JPEG, PNG\./);
  });

  it('refuses a file whose signature is cut short', () => {
    assert.equal(refused(check('a.png', png().subarray(0, 5))).code, 'file-type-unknown');
  });
});

describe('checkFile: legacy Word and Excel', () => {
  it('accepts a big .xls checked from its first 64 KiB in the browser, then knows it on the server', () => {
    const whole = xls(200);
    const prefix = whole.subarray(0, DETECTION_PREFIX_BYTES);
    assert.equal(accepted(check('Bảng lương.xls', prefix, XLS_ONLY, whole.length)).type.id, 'xls');
    assert.equal(accepted(check('Bảng lương.xls', whole, XLS_ONLY)).type.id, 'xls');
  });

  it('on the server, refuses a .doc renamed to .xls', () => {
    const error = refused(check('Bảng lương.xls', doc(), XLS_ONLY));
    assert.equal(error.code, 'file-name-mismatch');
    assert.match(error.text.en, /is a Word document \(.doc\), not an Excel spreadsheet \(.xls\)/);
  });

  it('names both possibilities when it cannot yet tell them apart', () => {
    const error = refused(check('bieu-mau', xls(200).subarray(0, DETECTION_PREFIX_BYTES), PDF_ONLY, 200_000));
    assert.equal(error.code, 'file-type-not-accepted');
    assert.match(error.text.vi, /là tài liệu Word \(.doc\) hoặc bảng tính Excel \(.xls\)/);
    assert.match(error.text.en, /is a Word document \(.doc\) or an Excel spreadsheet \(.xls\)/);
  });
});

describe('checkFile: names', () => {
  it('refuses a name with nothing usable in it', () => {
    for (const name of ['', '..', '../', '\u202E\u200B']) {
      const error = refused(check(name, pdfBytes()));
      assert.equal(error.code, 'file-name-invalid', JSON.stringify(name));
      assert.deepEqual(error.details, { reason: 'empty' });
    }
  });

  it('refuses a name longer than any file system allows, but shortens a merely long one', () => {
    assert.equal(refused(check(`${'a'.repeat(5000)}.pdf`, pdfBytes())).code, 'file-name-invalid');
    const safeName = accepted(check(`${'b'.repeat(996)}.pdf`, pdfBytes())).safeName;
    assert.ok(safeName.length <= 200 && safeName.endsWith('.pdf'));
  });

  it('shortens a long name in messages but keeps its ending', () => {
    const error = refused(check(`${'Giấy tờ '.repeat(10)}cuối.pdf`, png()));
    assert.match(error.text.vi, /^Tệp “Giấy tờ Giấy tờ .*….*cuối\.pdf” là ảnh PNG/);
  });
});

describe('checkFile: errors', () => {
  it('are MotcuaErrors with a stable code and both languages', () => {
    const error = refused(check('a.pdf', new Uint8Array()));
    assert.ok(error instanceof FileCheckError);
    assert.ok(error instanceof MotcuaError);
    assert.equal(error.code, 'file-empty');
    assert.equal(error.messageIn('en'), error.text.en);
    assert.equal(error.message, error.text.en);
    assert.notEqual(error.text.vi, error.text.en);
  });
});
