// A catalogue of 10,000 procedures for the search figures of `pnpm bench`:
// the 22 real ones loaded by the server's own loader, and generated ones
// published through the server's own ProcedureStore (the path every
// publication takes: the version row and its FTS5 entry in one transaction).
//
// A generated procedure is a real definition (form, cases, documents, fees,
// conditions: all unchanged, so it compiles and validates like the real one)
// under a new code, with a name, keywords and result made of words real
// procedure names are made of: an action, an object, a qualifier. Its browser
// validator module is the source definition's module with the code swapped,
// which is what buildValidatorModule would produce for the same form and
// conditions (bundling 10,000 modules with esbuild would take minutes, and
// search never reads them). loadCatalogueInto on a folder of 10,000 files was
// not used for the same reason: it checks every definition in full first
// (validateProcedure, ~5 ms each) and bundles every module.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogueInto, openDatabase } from '../dist/index.js';
import { ProcedureStore } from '../dist/db/procedure-store.js';
import { SqliteProcedureSearch } from '../dist/search/sqlite-procedure-search.js';

const ACTIONS = [
  ['Cấp', 'Issuance of'], ['Cấp lại', 'Reissuance of'], ['Cấp đổi', 'Replacement of'], ['Cấp mới', 'New'], ['Đăng ký', 'Registration of'],
  ['Đăng ký lại', 'Re-registration of'], ['Đăng ký thay đổi', 'Change registration of'], ['Gia hạn', 'Extension of'], ['Điều chỉnh', 'Amendment of'],
  ['Xóa đăng ký', 'Deregistration of'], ['Thu hồi', 'Revocation of'], ['Chứng thực', 'Certification of'], ['Xác nhận', 'Confirmation of'],
  ['Công nhận', 'Recognition of'], ['Thẩm định', 'Appraisal of'], ['Phê duyệt', 'Approval of'], ['Cho phép', 'Permission for'],
  ['Thông báo', 'Notice of'], ['Chấm dứt', 'Termination of'], ['Hủy bỏ', 'Cancellation of'],
];

const OBJECTS = [
  ['giấy phép xây dựng', 'Giấy phép xây dựng', 'xay-dung', ['xây nhà', 'công trình']],
  ['giấy chứng nhận quyền sử dụng đất', 'Giấy chứng nhận quyền sử dụng đất', 'dat-dai', ['sổ đỏ', 'đất đai']],
  ['hộ chiếu phổ thông', 'Hộ chiếu phổ thông', 'xuat-nhap-canh', ['passport', 'xuất cảnh']],
  ['thẻ căn cước', 'Thẻ căn cước', 'can-cuoc', ['CCCD', 'định danh']],
  ['giấy phép lái xe', 'Giấy phép lái xe', 'duong-bo', ['bằng lái', 'GPLX']],
  ['tạm trú', 'Xác nhận thông tin về cư trú', 'cu-tru', ['cư trú', 'ở trọ']],
  ['thường trú', 'Xác nhận thông tin về cư trú', 'cu-tru', ['hộ khẩu', 'cư trú']],
  ['khai sinh', 'Giấy khai sinh', 'ho-tich', ['hộ tịch', 'trẻ em']],
  ['kết hôn', 'Giấy chứng nhận kết hôn', 'ho-tich', ['hộ tịch', 'hôn nhân']],
  ['khai tử', 'Trích lục khai tử', 'ho-tich', ['hộ tịch', 'người chết']],
  ['giấy chứng nhận đăng ký hộ kinh doanh', 'Giấy chứng nhận đăng ký hộ kinh doanh', 'ho-kinh-doanh', ['kinh doanh', 'buôn bán']],
  ['giấy phép kinh doanh rượu', 'Giấy phép bán lẻ rượu', 'ho-kinh-doanh', ['rượu', 'đồ uống có cồn']],
  ['chứng chỉ hành nghề dược', 'Chứng chỉ hành nghề dược', 'y-te', ['nhà thuốc', 'dược sĩ']],
  ['giấy phép hoạt động khám bệnh, chữa bệnh', 'Giấy phép hoạt động', 'y-te', ['phòng khám', 'bệnh viện']],
  ['giấy chứng nhận đăng ký xe', 'Giấy chứng nhận đăng ký xe', 'duong-bo', ['cà vẹt', 'ô tô', 'xe máy']],
  ['biển số xe', 'Biển số xe', 'duong-bo', ['ô tô', 'xe máy']],
  ['giấy phép khai thác nước dưới đất', 'Giấy phép khai thác tài nguyên nước', 'dat-dai', ['giếng khoan', 'tài nguyên nước']],
  ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'y-te', ['vệ sinh thực phẩm', 'nhà hàng']],
  ['giấy phép tổ chức lễ hội', 'Văn bản chấp thuận tổ chức lễ hội', 'giao-duc', ['lễ hội', 'văn hóa']],
  ['giấy phép quảng cáo', 'Giấy phép thực hiện quảng cáo', 'thanh-lap-doanh-nghiep', ['biển hiệu', 'băng rôn']],
  ['giấy xác nhận tình trạng hôn nhân', 'Giấy xác nhận tình trạng hôn nhân', 'ho-tich', ['độc thân', 'hôn nhân']],
  ['phiếu lý lịch tư pháp', 'Phiếu lý lịch tư pháp', 'ly-lich-tu-phap', ['án tích', 'tư pháp']],
  ['giấy chứng nhận đăng ký đầu tư', 'Giấy chứng nhận đăng ký đầu tư', 'thanh-lap-doanh-nghiep', ['dự án', 'nhà đầu tư']],
  ['giấy phép lao động cho người nước ngoài', 'Giấy phép lao động', 'bao-hiem-xa-hoi', ['lao động', 'chuyên gia']],
  ['giấy phép thành lập trường mầm non', 'Quyết định cho phép thành lập', 'giao-duc', ['nhà trẻ', 'mẫu giáo']],
  ['bằng tốt nghiệp trung học phổ thông', 'Bản sao bằng tốt nghiệp', 'giao-duc', ['văn bằng', 'học sinh']],
  ['danh hiệu làng nghề truyền thống', 'Quyết định công nhận', 'ho-kinh-doanh', ['làng nghề', 'thủ công']],
  ['giấy phép kinh doanh karaoke', 'Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke', 'ho-kinh-doanh', ['karaoke', 'vũ trường']],
  ['giấy phép sử dụng vật liệu nổ công nghiệp', 'Giấy phép sử dụng vật liệu nổ công nghiệp', 'xay-dung', ['thuốc nổ', 'khai thác mỏ']],
  ['chứng chỉ quy hoạch', 'Chứng chỉ quy hoạch', 'xay-dung', ['quy hoạch', 'đô thị']],
  ['trợ cấp xã hội hằng tháng', 'Quyết định trợ cấp xã hội', 'bao-tro-xa-hoi', ['người cao tuổi', 'khuyết tật']],
  ['chế độ người có công với cách mạng', 'Quyết định hưởng trợ cấp', 'nguoi-co-cong', ['thương binh', 'liệt sĩ']],
];

const QUALIFIERS = [
  '', 'cho công dân Việt Nam', 'có yếu tố nước ngoài', 'đối với hộ gia đình, cá nhân', 'đối với tổ chức', 'trường hợp bị mất, hỏng',
  'do thay đổi thông tin', 'lần đầu', 'tại Ủy ban nhân dân cấp xã', 'tại Ủy ban nhân dân cấp tỉnh', 'cho người nước ngoài cư trú tại Việt Nam',
  'đối với doanh nghiệp nhỏ và vừa', 'trong khu công nghiệp', 'thực hiện trực tuyến toàn trình', 'trường hợp hết hạn', 'cho người dưới 14 tuổi',
];

/** Every (action, object, qualifier), in an order that spreads each part over the whole list. */
function* names() {
  const total = ACTIONS.length * OBJECTS.length * QUALIFIERS.length;
  // A stride coprime with the total walks every combination once.
  const stride = 7919;
  for (let i = 0, at = 0; i < total; i += 1, at = (at + stride) % total) {
    const action = ACTIONS[at % ACTIONS.length];
    const object = OBJECTS[Math.floor(at / ACTIONS.length) % OBJECTS.length];
    const qualifier = QUALIFIERS[Math.floor(at / (ACTIONS.length * OBJECTS.length))];
    yield { action, object, qualifier };
  }
}

/**
 * Builds, in `databasePath` (new), the real catalogue plus generated
 * procedures up to `total` published procedures, the generated ones in force
 * `delayMs` after their publication (a publication scheduled for later, as
 * officers do). Returns how many, how long it took and when they take effect.
 */
export async function buildSearchDatabase(databasePath, catalogueDir, total = 10_000, delayMs = 0) {
  const started = performance.now();
  const database = openDatabase(databasePath);
  await loadCatalogueInto(database.db, catalogueDir);
  const sources = readdirSync(join(catalogueDir, 'procedures'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(catalogueDir, 'procedures', name), 'utf8')));
  const search = new SqliteProcedureSearch(database.db);
  const store = new ProcedureStore(database.db, search);
  const modules = new Map(sources.map((definition) => [definition.code, store.latestVersion(definition.code) && store.validatorModule(definition.code, 1)?.source]));
  let made = 0;
  const publishedAt = new Date().toISOString();
  const effectiveFrom = new Date(Date.now() + delayMs).toISOString();
  const wanted = total - sources.length;
  database.db.transaction(() => {
    for (const { action, object, qualifier } of names()) {
      if (made >= wanted) break;
      const source = sources[made % sources.length];
      const code = `9.${String(100_000 + made).padStart(6, '0')}`;
      const [objectVi, resultVi, sector, keywords] = object;
      const definition = {
        ...structuredClone(source),
        code,
        name: { vi: `${action[0]} ${objectVi}${qualifier ? ` ${qualifier}` : ''}` },
        sector,
        keywords: [...keywords],
        result: { ...source.result, name: { vi: resultVi } },
      };
      const module = modules.get(source.code).replace(`export const procedure = ${JSON.stringify(source.code)};`, `export const procedure = ${JSON.stringify(code)};`);
      store.publish(definition, JSON.stringify(definition), module, { effectiveFrom, publishedAt });
      made += 1;
    }
  });
  database.close();
  return { procedures: sources.length + made, generated: made, effectiveFrom, seconds: (performance.now() - started) / 1000 };
}

/** What citizens type: 1–3 words, with and without diacritics, prefixes, few, many and no hits. */
export const SEARCH_QUERIES = [
  'khai sinh',
  'dang ky tam tru',
  'giấy phép xây',
  'ho chieu',
  'cấp',
  'giay phep',
  'căn cước',
  'chứng thực bản sao',
  'xyzzy quasar',
  'lý lịch tư pháp',
  'kinh doanh ruou',
  'thuong tru lan dau',
  'karaoke',
  'nuoc ngoai',
];

/** The search alone, without HTTP: median and p99 of SqliteProcedureSearch.find per query, on its own connection. */
export function timeSearchSql(databasePath, queries, iterations = 60) {
  const database = openDatabase(databasePath);
  const search = new SqliteProcedureSearch(database.db);
  const now = new Date().toISOString();
  const rows = [];
  const all = [];
  for (const text of queries) search.find({ text, now, limit: 20, offset: 0 });
  for (const text of queries) {
    const samples = [];
    let total = 0;
    for (let i = 0; i < iterations; i += 1) {
      const t0 = process.hrtime.bigint();
      // A different limit each time, so the search's answer cache never answers: this times the SQL.
      total = search.find({ text, now, limit: 20 + i, offset: 0 }).total;
      samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    samples.sort((a, b) => a - b);
    all.push(...samples);
    rows.push({ text, total, p50: samples[Math.floor(samples.length / 2)], p99: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.99))] });
  }
  database.close();
  all.sort((a, b) => a - b);
  return { rows, mean: all.reduce((a, b) => a + b, 0) / all.length, p50: all[Math.floor(all.length / 2)], p99: all[Math.floor(all.length * 0.99)] };
}
