import type { Bilingual } from '@motcua/core';

/**
 * The strings of the parts of `<motcua-form>` that arrive with its deferred
 * module (documents, delivery, fees, submission, drafts): they are not
 * downloaded before the first field shows.
 */
export const LATER_TEXT = {
  caseMissing: { vi: 'Vui lòng chọn trường hợp của bạn.', en: 'Choose your case.' },
  agencyMissing: { vi: 'Vui lòng chọn nơi nộp hồ sơ.', en: 'Choose where to file.' },
  documents: { vi: 'Giấy tờ cần nộp', en: 'Documents to provide' },
  noDocuments: { vi: 'Không cần nộp giấy tờ nào.', en: 'No documents are needed.' },
  documentsPending: { vi: 'Vui lòng chờ tải lên xong các tệp.', en: 'Wait for the files to finish uploading.' },
  documentMissing: { vi: 'Vui lòng tải lên “{name}”.', en: 'Upload “{name}”.' },
  deliveryLegend: { vi: 'Bạn muốn nhận kết quả bằng cách nào?', en: 'How do you want to receive the result?' },
  'delivery.in-person': { vi: 'Nhận trực tiếp tại nơi nộp hồ sơ', en: 'In person where you filed' },
  'delivery.online': { vi: 'Nhận bản điện tử trực tuyến', en: 'Online, as an electronic copy' },
  'delivery.postal': { vi: 'Nhận qua bưu chính (có thể mất phí gửi)', en: 'By post (postage may apply)' },
  deliveryMissing: { vi: 'Vui lòng chọn cách nhận kết quả.', en: 'Choose how to receive the result.' },
  addressLegend: { vi: 'Địa chỉ nhận kết quả qua bưu chính', en: 'Address to post the result to' },
  recipient: { vi: 'Họ tên người nhận', en: 'Recipient’s name' },
  phone: { vi: 'Số điện thoại người nhận', en: 'Recipient’s phone number' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  commune: { vi: 'Xã, phường, đặc khu', en: 'Commune or ward' },
  detail: { vi: 'Số nhà, đường, thôn, tổ dân phố', en: 'House number, street, village' },
  addressMissing: { vi: 'Vui lòng nhập “{label}”.', en: 'Enter “{label}”.' },
  phoneInvalid: { vi: 'Số điện thoại có 10 chữ số, bắt đầu bằng 0, ví dụ 0912345678.', en: 'A phone number has 10 digits and starts with 0, for example 0912345678.' },
  summary: { vi: 'Tóm tắt hồ sơ', en: 'Summary' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  total: { vi: 'Tổng cộng', en: 'Total' },
  free: { vi: 'Không mất phí', en: 'Free' },
  feeUnknown: { vi: 'Cơ quan sẽ báo số tiền', en: 'The agency will tell you the amount' },
  exempt: { vi: 'miễn', en: 'exempt' },
  promised: { vi: 'Ngày hẹn trả kết quả nếu nộp hôm nay', en: 'Result expected, if filed today' },
  promisedNote: { vi: 'tính theo ngày làm việc, từ khi nhận đủ hồ sơ', en: 'counted in working days from a complete dossier' },
  networkFailed: { vi: 'Chưa gửi được hồ sơ vì mất kết nối. Thông tin đã nhập vẫn còn; bấm “Thử lại” khi có mạng.', en: 'The dossier could not be sent: the connection failed. Nothing you entered is lost; press “Try again” when you are online.' },
  saved: { vi: 'Đã lưu. Mã tiếp tục của bạn là {code}, dùng được đến {date}. Hãy ghi lại mã này hoặc lưu đường dẫn:', en: 'Saved. Your code to continue is {code}, valid until {date}. Write it down or keep this link:' },
  saveFailed: { vi: 'Chưa lưu được. Vui lòng thử lại.', en: 'Could not save. Please try again.' },
  resumeFailed: { vi: 'Không tìm thấy hồ sơ đã lưu với mã này, hoặc mã đã hết hạn.', en: 'No saved dossier has this code, or it has expired.' },
  versionChanged: { vi: 'Thủ tục vừa có phiên bản mới. Vui lòng tải lại trang; thông tin đã nhập được giữ lại.', en: 'The procedure has just changed. Reload the page; what you entered is kept.' },
  chooseCaseFirst: { vi: 'Chọn trường hợp của bạn ở đầu biểu mẫu để xem phí, lệ phí và giấy tờ cần nộp.', en: 'Choose your case at the top of the form to see the fees and the documents needed.' },
  notFound: { vi: 'Không tìm thấy thủ tục mã “{code}”. Vui lòng kiểm tra lại mã thủ tục.', en: 'There is no procedure with the code “{code}”. Check the code.' },
  agencyNotOffering: { vi: 'Cơ quan “{agency}” không giải quyết thủ tục này; vui lòng chọn nơi nộp hồ sơ.', en: 'The agency “{agency}” does not offer this procedure; choose where to file.' },
  channelInvalid: { vi: 'Thuộc tính channel="{channel}" không hợp lệ (online, in-person hoặc postal); biểu mẫu dùng online.', en: 'channel="{channel}" is not valid (online, in-person or postal); the form uses online.' },
} as const satisfies Record<string, Bilingual>;

export type LaterTextKey = keyof typeof LATER_TEXT;
