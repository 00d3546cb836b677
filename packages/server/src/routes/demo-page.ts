/**
 * A stand-in for an agency's own website: its own header and CSS, and the
 * Một Cửa components embedded with one script tag. It is served with the
 * strict Content-Security-Policy agencies use (no inline script or style,
 * no eval), so it also shows the components need none.
 */
export function demoPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thông tin phường Ba Đình (trang minh họa)</title>
<link rel="stylesheet" href="/demo/site.css">
<script type="module" src="/motcua.js"></script>
</head>
<body>
<header><p class="brand">Ủy ban nhân dân phường Ba Đình</p><p>Trang minh họa cách một cơ quan nhúng Một Cửa vào trang web của mình.</p></header>
<main>
<motcua-provider locale="vi">
  <motcua-catalogue agency="phuong-ba-dinh" href="/demo?thu-tuc={code}"></motcua-catalogue>
  <hr>
  <motcua-procedure procedure="2.000815"></motcua-procedure>
  <hr>
  <section>
    <p>Nộp hồ sơ trực tuyến: chứng thực bản sao từ bản chính tại phường Ba Đình.</p>
    <motcua-form procedure="2.000815" agency="phuong-ba-dinh"></motcua-form>
  </section>
  <hr>
  <motcua-dossier-status></motcua-dossier-status>
</motcua-provider>
</main>
<footer><p>Trang minh họa của Một Cửa.</p></footer>
</body>
</html>
`;
}

/** The demo site's own CSS, deliberately heavy-handed, as many CMS themes are. */
export const DEMO_CSS = `* { box-sizing: border-box; }
html { font-size: 10px; }
body { margin: 0; font: 1.4rem/1.2 Georgia, serif; color: #333; background: #f4f1ea; }
header, footer { background: #8b0000; color: #fff; padding: 1rem 2rem; }
.brand { font-size: 2.4rem; font-weight: bold; margin: 0; }
main { max-width: 960px; margin: 0 auto; padding: 2rem; background: #fff; }
h2, h3, li, p, label, input, select, button { text-transform: uppercase; letter-spacing: 0.2em; }
ul, ol { list-style: none; padding: 0; }
`;
