// Points each `import { x } from '@motcua/core'` at the
// module that defines x. esbuild assigns a module to a chunk by which entry
// points reach it, and everything reached through core's index barrel is reached
// by whoever imports the barrel; without this, the fee and calendar code the form
// loads lazily would sit in the chunk every component loads first. The source
// keeps importing the package's public entry; only the bundle is finer-grained.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const REEXPORT = /export\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
const IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]@motcua\/core['"];?/g;

function specifiers(list) {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [imported, local = imported] = s.split(/\s+as\s+/);
      return { imported, local };
    });
}

/** Where `name`, exported by `file`, is defined: followed through every barrel on the way. */
function originOf(file, name, sources) {
  let source = sources.get(file);
  if (source === undefined) sources.set(file, (source = readFileSync(file, 'utf8')));
  for (const [, list, from] of source.matchAll(REEXPORT)) {
    const found = specifiers(list).find((s) => s.local === name);
    if (found) return originOf(resolve(dirname(file), from), found.imported, sources);
  }
  return { file, name };
}

/** Rewrites a compiled runtime module's imports from '@motcua/core' to the modules that define them. */
export function coreImportFlattener() {
  const coreEntry = createRequire(import.meta.url).resolve('@motcua/core');
  const sources = new Map();
  return (source) =>
    source.replace(IMPORT, (_, list) =>
      specifiers(list)
        .map(({ imported, local }) => {
          const origin = originOf(coreEntry, imported, sources);
          return `import { ${origin.name} as ${local} } from ${JSON.stringify(origin.file)};`;
        })
        .join('\n'),
    );
}
