import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatFileSize } from './file-size.js';

const MB = 1024 * 1024;

describe('formatFileSize', () => {
  it('writes sizes as people read them, with a decimal comma in Vietnamese', () => {
    assert.equal(formatFileSize(5 * MB, 'vi'), '5 MB');
    assert.equal(formatFileSize(1.5 * MB, 'vi'), '1,5 MB');
    assert.equal(formatFileSize(1.5 * MB, 'en'), '1.5 MB');
    assert.equal(formatFileSize(300 * 1024, 'en'), '300 KB');
    assert.equal(formatFileSize(2 * 1024 * MB, 'en'), '2 GB');
  });

  it('counts small files in bytes', () => {
    assert.equal(formatFileSize(0, 'vi'), '0 byte');
    assert.equal(formatFileSize(1, 'en'), '1 byte');
    assert.equal(formatFileSize(512, 'en'), '512 bytes');
  });

  it('can round a file up and a limit down so one byte over never reads as equal', () => {
    assert.equal(formatFileSize(5 * MB + 1, 'vi', 'up'), '5,1 MB');
    assert.equal(formatFileSize(5 * MB, 'vi', 'down'), '5 MB');
    assert.equal(formatFileSize(5 * MB + 1, 'vi'), '5 MB');
  });
});
