// lit's css`` templates reach the bundle as written, indentation and comments
// included; esbuild minifies the JavaScript around them but not the CSS inside.
// None of ours interpolates, so their text can be squeezed as a CSS minifier would.
const CSS_TEMPLATE = /\bcss\s*`([^`$]*)`/g;

export function minifyCssTemplates(source) {
  return source.replace(CSS_TEMPLATE, (_, text) => {
    const squeezed = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};>])\s*/g, '$1')
      .replace(/([:,])\s+/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${squeezed}\``;
  });
}
