import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { build, type Message, type Metafile, type Plugin } from 'esbuild';
import { bundleFailed, moduleUnsafe } from './validator-compile-error.js';

/** The prefix of the virtual modules a bundle is made of (the entry imports them by it). */
export const PART_PREFIX = 'motcua-part:';
const PART_NAMESPACE = 'motcua-part';
const ENTRY_NAMESPACE = 'motcua-entry';
const ENTRY = `${ENTRY_NAMESPACE}:module`;

/** The language level of the module: ES2020, which every browser the runtime supports runs. */
export const MODULE_TARGET = 'es2020';

/**
 * The helpers ajv's standalone code requires, and nothing else: they are resolved from
 * @motcua/core's own ajv and ajv-formats, the copies that generated the code.
 */
const RUNTIME_REQUEST = /^(?:ajv\/dist\/runtime\/[A-Za-z0-9]+|ajv-formats\/dist\/formats)$/;
/**
 * ajv's runtime helpers each carry `helper.code = 'require("ajv/dist/runtime/…")'`, the text
 * ajv's code generator writes; the bundle never reads it, so those lines are dropped.
 */
const RUNTIME_FILE = /[\\/]node_modules[\\/](?:ajv|ajv-formats)[\\/]dist[\\/].*\.js$/;
const CODEGEN_TEXT = /^[A-Za-z_$][\w$.]*\.code = '[^'\n]*';[ \t]*$/gm;

/** The files a module may contain besides its virtual parts. */
const ALLOWED_INPUT = /(?:^|\/)node_modules\/(?:ajv|ajv-formats|fast-deep-equal|fast-uri)\//;

const corePath = createRequire(import.meta.url).resolve('@motcua/core');
const coreRequire = createRequire(corePath);
const coreDir = dirname(corePath);

function partsPlugin(entry: string, parts: ReadonlyMap<string, string>): Plugin {
  return {
    name: 'motcua-validator-parts',
    setup(plugin) {
      plugin.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return { path: 'module', namespace: ENTRY_NAMESPACE };
        if (args.namespace === ENTRY_NAMESPACE) {
          const name = args.path.startsWith(PART_PREFIX) ? args.path.slice(PART_PREFIX.length) : undefined;
          if (name === undefined || !parts.has(name)) return { errors: [{ text: `the entry may import only its parts, not ${JSON.stringify(args.path)}` }] };
          return { path: name, namespace: PART_NAMESPACE };
        }
        if (args.namespace === PART_NAMESPACE) {
          if (!RUNTIME_REQUEST.test(args.path)) return { errors: [{ text: `generated code may not import ${JSON.stringify(args.path)}` }] };
          return { path: coreRequire.resolve(args.path) };
        }
        return undefined; // inside ajv's runtime files: ordinary resolution.
      });
      plugin.onLoad({ filter: RUNTIME_FILE, namespace: 'file' }, async (args) => ({
        contents: (await readFile(args.path, 'utf8')).replace(CODEGEN_TEXT, ''),
        loader: 'js',
      }));
      plugin.onLoad({ filter: /.*/, namespace: ENTRY_NAMESPACE }, () => ({ contents: entry, loader: 'js', resolveDir: coreDir }));
      plugin.onLoad({ filter: /.*/, namespace: PART_NAMESPACE }, (args) => ({
        contents: parts.get(args.path) ?? '',
        loader: 'js',
        resolveDir: coreDir,
      }));
    },
  };
}

function messagesText(messages: readonly Message[]): string {
  const texts = [...new Set(messages.map((m) => m.text))];
  return texts.slice(0, 5).join('; ') + (texts.length > 5 ? ` (+${texts.length - 5})` : '');
}

/** What in the bundle a browser under a strict CSP could not run, read from esbuild's own account of it. */
function unsafeInputs(metafile: Metafile): string[] {
  const problems: string[] = [];
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) problems.push(`import of ${imported.path}`);
    for (const input of Object.keys(output.inputs)) {
      if (!input.startsWith(`${PART_NAMESPACE}:`) && input !== ENTRY && !ALLOWED_INPUT.test(input)) {
        problems.push(`unexpected input ${input}`);
      }
    }
  }
  return problems;
}

/**
 * Bundles `entry` (an ES module that imports `motcua-part:<name>` for each of `parts`) into one
 * self-contained, minified ES module: no `import`, no `require`, nothing fetched at run time.
 * Failures are typed errors, never crashes.
 */
export async function bundleModule(entry: string, parts: ReadonlyMap<string, string>): Promise<string> {
  let result;
  try {
    result = await build({
      entryPoints: [ENTRY],
      outfile: 'validator-module.js',
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: MODULE_TARGET,
      minify: true,
      treeShaking: true,
      metafile: true,
      logLevel: 'silent',
      plugins: [partsPlugin(entry, parts)],
    });
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    throw bundleFailed(errors && errors.length > 0 ? messagesText(errors) : error);
  }
  const problems = unsafeInputs(result.metafile);
  if (problems.length > 0) throw moduleUnsafe(problems);
  const [output] = result.outputFiles;
  if (!output || result.outputFiles.length !== 1) throw bundleFailed(`esbuild produced ${result.outputFiles.length} files`);
  return output.text;
}
