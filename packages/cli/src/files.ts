// Expands the paths given on the command line: files, folders (all .md below them) and glob
// patterns such as "standards/**/*.md" (expanded here, since not every shell does).
import { glob, stat } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';

/** One input: the path as shown to the user (relative to cwd) and the absolute path. */
export interface InputFile {
  display: string;
  absolute: string;
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);
const ignored = (p: string) => p.split(/[\\/]/).some((part) => part === 'node_modules' || part.startsWith('.'));

/**
 * Expands paths to files. A path that does not exist is returned as is, so that reading it
 * gives a clear "findes ikke" message for that file.
 */
export async function expandInputs(paths: readonly string[], cwd: string, extensions: readonly string[] = ['.md']): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const rel = relative(cwd, abs);
    out.push({ absolute: abs, display: rel.startsWith('..') || rel === '' ? abs : rel.split(sep).join('/') });
  };
  for (const p of paths) {
    if (isGlob(p)) {
      const matches: string[] = [];
      for await (const m of glob(p, { cwd })) {
        const abs = resolve(cwd, m);
        if (!ignored(relative(cwd, abs))) matches.push(abs);
      }
      matches.sort().forEach(add);
      continue;
    }
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (info?.isDirectory()) {
      const matches: string[] = [];
      for await (const m of glob('**/*', { cwd: abs })) {
        if (ignored(m)) continue;
        if (extensions.some((e) => m.toLowerCase().endsWith(e))) matches.push(resolve(abs, m));
      }
      matches.sort().forEach(add);
    } else add(abs);
  }
  return out;
}
