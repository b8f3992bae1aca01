// Expands the paths given on the command line: files, folders (all .md below them) and glob
// patterns such as "standards/**/*.md" (expanded here, since not every shell does).
import { glob, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** One input: the path as shown to the user (relative to cwd) and the absolute path. */
export interface InputFile {
  display: string;
  absolute: string;
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);
const skip = (name: string) => name === 'node_modules' || name.startsWith('.');
const ignored = (p: string) => p.split(/[\\/]/).some(skip);

/** The files below a folder with one of the extensions, skipping node_modules and hidden folders and files. */
async function walk(dir: string, extensions: readonly string[], out: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const below: Array<Promise<string[]>> = [];
  for (const e of entries) {
    if (skip(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) below.push(walk(path, extensions, []));
    // Only regular files (and links): a FIFO or device named .md is skipped, never opened.
    else if ((e.isFile() || e.isSymbolicLink()) && extensions.some((x) => e.name.toLowerCase().endsWith(x)))
      out.push(path);
  }
  for (const files of await Promise.all(below)) out.push(...files);
  return out;
}

/**
 * Expands paths to files. A path that does not exist is returned as is, so that reading it
 * gives a clear "findes ikke" message for that file.
 */
export async function expandInputs(
  paths: readonly string[],
  cwd: string,
  extensions: readonly string[] = ['.md'],
): Promise<InputFile[]> {
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
      (await walk(abs, extensions, [])).sort().forEach(add);
    } else add(abs);
  }
  return out;
}

/**
 * The input that `output` would overwrite, if any: the same path, or the same file reached through
 * a link or a hard link (compared by device and inode when both exist).
 */
export async function overwrittenInput(output: string, inputs: readonly string[]): Promise<string | undefined> {
  const out = resolve(output);
  const outInfo = await stat(out).catch(() => undefined);
  for (const input of inputs) {
    const abs = resolve(input);
    if (abs === out) return input;
    if (!outInfo) continue;
    const info = await stat(abs).catch(() => undefined);
    if (info && info.dev === outInfo.dev && info.ino === outInfo.ino) return input;
  }
  return undefined;
}
