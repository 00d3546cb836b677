import type { DocumentRequirement, ValidationIssue } from '@motcua/core';
import type { StoredUpload } from '../db/upload-store.js';

/** What a submission says about one document: the uploads that make it up, or that it follows by post. */
export interface SubmittedDocument {
  document: string;
  uploads?: string[];
  byPost?: boolean;
}

function problem(path: string, code: string, vi: string, en: string, details?: Record<string, unknown>): ValidationIssue {
  return { path, code, message: { vi, en }, ...(details ? { details } : {}) };
}

/**
 * Checks the documents of a submission against the ones that apply to its
 * answers: every required document is attached or declared to follow by
 * post (only where the procedure allows it), every upload exists, is not
 * part of another dossier, and is of a type and size the document accepts.
 */
export function checkDocuments(
  required: readonly DocumentRequirement[],
  submitted: readonly SubmittedDocument[],
  uploadOf: (id: string) => StoredUpload | undefined,
): { issues: ValidationIssue[]; uploads: StoredUpload[] } {
  const issues: ValidationIssue[] = [];
  const uploads: StoredUpload[] = [];
  const given = new Set<string>();
  const usedUploads = new Set<string>();
  submitted.forEach((entry, i) => {
    const at = `/documents/${i}`;
    const requirement = required.find((r) => r.id === entry.document);
    if (!requirement) {
      issues.push(problem(`${at}/document`, 'document-unknown', `Hồ sơ này không cần giấy tờ “${entry.document}”.`, `This dossier needs no document “${entry.document}”.`));
      return;
    }
    if (given.has(entry.document)) {
      issues.push(problem(`${at}/document`, 'document-duplicate', `Giấy tờ “${requirement.name.vi}” được khai hai lần.`, `The document “${requirement.name.en ?? requirement.name.vi}” is listed twice.`));
      return;
    }
    given.add(entry.document);
    if (entry.byPost) {
      if (!requirement.mayFollowByPost) {
        issues.push(problem(`${at}/byPost`, 'document-not-by-post', `Giấy tờ “${requirement.name.vi}” không được gửi sau qua bưu chính; vui lòng tải lên.`, `“${requirement.name.en ?? requirement.name.vi}” cannot follow by post; upload it.`));
      }
      return;
    }
    (entry.uploads ?? []).forEach((id, j) => {
      const path = `${at}/uploads/${j}`;
      const upload = uploadOf(id);
      if (!upload) {
        issues.push(problem(path, 'upload-unknown', 'Không tìm thấy tệp đã tải lên; vui lòng tải lại.', 'The uploaded file was not found; upload it again.', { upload: id }));
      } else if (upload.dossierCode !== null || usedUploads.has(id)) {
        issues.push(problem(path, 'upload-already-used', 'Tệp này đã thuộc một hồ sơ khác.', 'This file already belongs to another dossier.', { upload: id }));
      } else if (!requirement.accept.includes(upload.mime)) {
        issues.push(problem(path, 'file-type-not-accepted', `Giấy tờ “${requirement.name.vi}” không nhận loại tệp ${upload.mime}.`, `“${requirement.name.en ?? requirement.name.vi}” does not accept ${upload.mime} files.`, { mime: upload.mime, accept: requirement.accept }));
      } else if (upload.size > requirement.maxSize) {
        issues.push(problem(path, 'file-too-large', `Tệp “${upload.name}” lớn hơn mức cho phép của giấy tờ này.`, `The file “${upload.name}” is larger than this document allows.`, { size: upload.size, maxSize: requirement.maxSize }));
      } else {
        usedUploads.add(id);
        uploads.push(upload);
      }
    });
    if ((entry.uploads ?? []).length === 0) {
      issues.push(problem(at, 'document-empty', `Giấy tờ “${requirement.name.vi}” cần ít nhất một tệp, hoặc khai gửi qua bưu chính.`, `“${requirement.name.en ?? requirement.name.vi}” needs at least one file, or to be declared as following by post.`));
    }
  });
  const missing = required.filter((r) => r.required && !given.has(r.id));
  for (const requirement of missing) {
    issues.push(problem('/documents', 'document-missing', `Thiếu giấy tờ “${requirement.name.vi}”.`, `The document “${requirement.name.en ?? requirement.name.vi}” is missing.`, { document: requirement.id }));
  }
  return { issues, uploads };
}
