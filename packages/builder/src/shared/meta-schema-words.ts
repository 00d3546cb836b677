import type { Bilingual } from '@motcua/core';
import { CHANNEL_NAMES } from './channel-names.js';

/** What an officer reads for one place of the procedure meta-schema: its title, a hint, and its choices' names. */
export interface SchemaWords {
  title: Bilingual;
  description?: Bilingual;
  /** Names of an `enum`'s values, which the panel shows as choices. */
  options?: Record<string, Bilingual>;
}

const UNITS = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  'working-hours': { vi: 'giờ làm việc', en: 'working hours' },
  'calendar-days': { vi: 'ngày (kể cả ngày nghỉ)', en: 'calendar days' },
};

/**
 * The words of the meta-schema parts the definition editors show, by JSON Pointer into
 * `procedure.schema.json`: the meta-schema's own titles and descriptions are English notes for
 * developers, so every text a panel shows comes from here, in Vietnamese and English. A place
 * with no words shows its bare key, and the editors' tests list it.
 */
export const META_SCHEMA_WORDS: Readonly<Record<string, SchemaWords>> = {
  '/properties/name': { title: { vi: 'Tên thủ tục', en: 'Name of the procedure' } },
  '/properties/description': { title: { vi: 'Mô tả', en: 'Description' } },
  '/properties/sector': { title: { vi: 'Lĩnh vực', en: 'Sector' }, description: { vi: 'Theo danh mục lĩnh vực của hệ thống.', en: 'From the system’s list of sectors.' } },
  '/properties/tier': { title: { vi: 'Cấp thực hiện', en: 'Tier' }, description: { vi: 'Cấp chính quyền thực hiện thủ tục.', en: 'The level of government that handles the procedure.' } },
  '/properties/agency': { title: { vi: 'Cơ quan thực hiện', en: 'Agency' }, description: { vi: 'Loại cơ quan tiếp nhận và giải quyết.', en: 'The kind of agency that receives and decides.' } },
  '/properties/applicants': { title: { vi: 'Đối tượng thực hiện', en: 'Who may apply' } },
  '/properties/applicants/items': { title: { vi: 'Đối tượng', en: 'Applicant' }, options: { citizen: { vi: 'Công dân', en: 'Citizens' }, business: { vi: 'Doanh nghiệp', en: 'Businesses' }, organisation: { vi: 'Tổ chức', en: 'Organisations' } } },
  '/properties/applicantCategories': { title: { vi: 'Nhóm đối tượng được miễn, giảm hoặc có giấy tờ riêng', en: 'Applicant categories with their own fees or documents' } },
  '/properties/onlineLevel': {
    title: { vi: 'Mức độ dịch vụ công trực tuyến', en: 'Online service level' },
    options: { none: { vi: 'Chỉ cung cấp thông tin', en: 'Information only' }, partial: { vi: 'Một phần', en: 'Partial' }, full: { vi: 'Toàn trình', en: 'Full process online' } },
  },
  '/properties/result': { title: { vi: 'Kết quả', en: 'Result' } },
  '/properties/requirements': { title: { vi: 'Yêu cầu, điều kiện', en: 'Requirements and conditions' } },
  '/properties/notes': { title: { vi: 'Ghi chú cho cán bộ', en: 'Notes for officers' }, description: { vi: 'Những gì chưa xác nhận được, và lưu ý khác.', en: 'What could not be confirmed, and other remarks.' } },
  '/properties/keywords': { title: { vi: 'Từ khóa tìm kiếm', en: 'Search keywords' } },
  '/properties/keywords/items': { title: { vi: 'Từ khóa', en: 'Keyword' } },
  '/properties/documentsSetLocally': { title: { vi: 'Địa phương được thêm, bớt giấy tờ', en: 'Agencies may add or remove documents' } },
  '/properties/channels': { title: { vi: 'Cách thức thực hiện', en: 'Channels' }, description: { vi: 'Mỗi cách có thể có thời hạn riêng; mức phí riêng được đặt trong mục Phí.', en: 'Each may have its own time limit; its own fee is set under Fees.' } },
  '/properties/serviceLevel': { title: { vi: 'Thời hạn giải quyết', en: 'Time limit' }, description: { vi: 'Tính từ khi nhận đủ hồ sơ hợp lệ.', en: 'Counted from a complete dossier.' } },
  '/properties/serviceLevelSetLocally': { title: { vi: 'Địa phương được quy định thời hạn', en: 'Agencies may set the time limit' } },
  '/properties/legalBasis': { title: { vi: 'Căn cứ pháp lý', en: 'Legal basis' } },
  '/$defs/Id': { title: { vi: 'Mã', en: 'Id' }, description: { vi: 'Chữ thường không dấu, số và dấu gạch nối.', en: 'Lower-case letters, digits and hyphens.' } },
  '/$defs/LocalText': { title: { vi: 'Nội dung', en: 'Text' } },
  '/$defs/LocalText/properties/vi': { title: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
  '/$defs/LocalText/properties/en': { title: { vi: 'Tiếng Anh', en: 'English' } },
  '/$defs/LongText': { title: { vi: 'Nội dung', en: 'Text' } },
  '/$defs/LongText/properties/vi': { title: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
  '/$defs/LongText/properties/en': { title: { vi: 'Tiếng Anh', en: 'English' } },
  '/$defs/ChannelKind': { title: { vi: 'Cách thức', en: 'Channel' }, options: CHANNEL_NAMES },
  '/$defs/ServiceLevel': { title: { vi: 'Thời hạn', en: 'Time limit' } },
  '/$defs/ServiceLevel/properties/amount': { title: { vi: 'Số lượng', en: 'Amount' }, description: { vi: 'Ngày là số nguyên (0 ngày làm việc là trong ngày); giờ có thể là phần tư giờ.', en: 'Days are whole numbers (0 working days is within the day); hours may be quarters.' } },
  '/$defs/ServiceLevel/properties/unit': { title: { vi: 'Đơn vị', en: 'Unit' }, options: UNITS },
  '/$defs/ServiceLevel/properties/cutOff': { title: { vi: 'Giờ chốt nhận (HH:MM)', en: 'Cut-off time (HH:MM)' }, description: { vi: 'Hồ sơ nhận sau giờ này tính từ ngày làm việc tiếp theo.', en: 'A dossier received later counts from the next working day.' } },
  '/$defs/ServiceLevel/properties/note': { title: { vi: 'Ghi chú về thời hạn', en: 'Note on the time limit' } },
  '/$defs/Channel': { title: { vi: 'Cách thức nộp', en: 'Channel' } },
  '/$defs/Channel/properties/kind': { title: { vi: 'Cách thức', en: 'How' } },
  '/$defs/Channel/properties/serviceLevel': { title: { vi: 'Thời hạn riêng của cách này', en: 'This channel’s own time limit' } },
  '/$defs/Channel/properties/note': { title: { vi: 'Ghi chú', en: 'Note' } },
  '/$defs/ApplicantCategory': { title: { vi: 'Nhóm đối tượng', en: 'Applicant category' } },
  '/$defs/ApplicantCategory/properties/id': { title: { vi: 'Mã nhóm', en: 'Category id' } },
  '/$defs/ApplicantCategory/properties/name': { title: { vi: 'Tên nhóm', en: 'Category name' } },
  '/$defs/ApplicantCategory/properties/description': { title: { vi: 'Mô tả', en: 'Description' } },
  '/$defs/Result': { title: { vi: 'Kết quả', en: 'Result' } },
  '/$defs/Result/properties/name': { title: { vi: 'Tên kết quả', en: 'What the applicant receives' } },
  '/$defs/Result/properties/description': { title: { vi: 'Mô tả', en: 'Description' } },
  '/$defs/Result/properties/delivery': { title: { vi: 'Cách nhận kết quả', en: 'How the result may be returned' } },
  '/$defs/Result/properties/validity': { title: { vi: 'Thời hạn hiệu lực', en: 'Validity' } },
  '/$defs/LegalBasis': { title: { vi: 'Văn bản', en: 'Legal document' } },
  '/$defs/LegalBasis/properties/number': { title: { vi: 'Số, ký hiệu', en: 'Number' }, description: { vi: 'Ví dụ 226/2016/TT-BTC.', en: 'For example 226/2016/TT-BTC.' } },
  '/$defs/LegalBasis/properties/title': { title: { vi: 'Trích yếu', en: 'Title' } },
  '/$defs/LegalBasis/properties/date': { title: { vi: 'Ngày ban hành', en: 'Date of issue' } },
  '/$defs/LegalBasis/properties/url': { title: { vi: 'Đường dẫn', en: 'Link' } },
};
