import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CatalogueFile } from '@motcua/core';

/** Every `.json` file under a catalogue folder, parsed; a file that is not JSON carries its parse error. */
export function readCatalogueFolder(root: string): CatalogueFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : name.endsWith('.json') ? [path] : [];
      });
  return walk(root).map((path) => {
    const file: CatalogueFile = { path: relative(root, path).split(sep).join('/'), json: undefined };
    try {
      file.json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      file.parseError = (error as Error).message;
    }
    return file;
  });
}
