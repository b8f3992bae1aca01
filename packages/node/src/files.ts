// Expands the paths given on the command line: files, folders (all .md below them) and glob
// patterns such as "standards/**/*.md" (expanded here, since not every shell does).
import { glob, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';

/** One input: the path as shown to the user (relative to cwd) and the absolute path. */
export interface InputFile {
  display: string;
  absolute: string;
}

const isGlob = (p: string) => /[*?[\]{}]/.test(p);
const skip = (name: string) => name === 'node_modules' || name.startsWith('.');
const ignored = (p: string) => p.split(/[\\/]/).some(skip);
const inside = (folder: string, path: string) => path === folder || path.startsWith(folder + sep);

/** Options for findStandards. */
export interface FindOptions {
  /** File name endings to collect, lower case (default: .md). */
  extensions?: readonly string[];
  /**
   * A link (to a file or a folder) is followed only when its real target lies inside this folder
   * or inside the folder walked (default: only the folder walked).
   */
  linksWithin?: string;
}

/**
 * The files below a folder with one of the extensions (absolute paths, sorted), skipping
 * node_modules and hidden folders and files. Only regular files are collected: a FIFO or device
 * named .md is never opened. Links are followed only to files and folders inside the folder (or
 * `linksWithin`), and every real folder is visited once, so a link to "." or a loop of links ends.
 * This is the one folder walk of the CLI and the studio.
 */
export async function findStandards(dir: string, options: FindOptions = {}): Promise<string[]> {
  return (await walk(dir, options)).files.sort();
}

/** The folders below a folder (absolute paths, the folder itself not included), by the same walk as findStandards. */
export async function findFolders(dir: string, options: FindOptions = {}): Promise<string[]> {
  return (await walk(dir, options)).folders;
}

async function walk(dir: string, options: FindOptions): Promise<{ files: string[]; folders: string[] }> {
  const extensions = options.extensions ?? ['.md'];
  const start = await realpath(dir).catch(() => resolve(dir));
  const bounds = [start];
  if (options.linksWithin !== undefined)
    bounds.push(await realpath(options.linksWithin).catch(() => resolve(options.linksWithin!)));
  const within = (real: string) => bounds.some((b) => inside(b, real));
  const out: string[] = [];
  const folders: string[] = [];
  const seen = new Set<string>([start]);
  const queue: string[] = [resolve(dir)];
  while (queue.length > 0) {
    const folder = queue.shift()!;
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (skip(entry.name)) continue;
      const path = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let real = path;
      if (entry.isSymbolicLink()) {
        const resolved = await realpath(path).catch(() => undefined);
        if (resolved === undefined || !within(resolved)) continue;
        const info = await stat(resolved).catch(() => undefined);
        isDir = info?.isDirectory() ?? false;
        isFile = info?.isFile() ?? false;
        real = resolved;
      }
      if (isDir) {
        // Keyed by the real folder: a folder reached through a linked parent counts once too.
        real = await realpath(real).catch(() => real);
        if (seen.has(real)) continue;
        seen.add(real);
        queue.push(path);
        folders.push(path);
      } else if (isFile && extensions.some((x) => entry.name.toLowerCase().endsWith(x))) out.push(path);
    }
  }
  return { files: out, folders };
}

/**
 * Expands paths to files (folders through findStandards). A path that does not exist is returned as is, so that reading it
 * gives a clear "findes ikke" message for that file.
 */
export async function expandInputs(
  paths: readonly string[],
  cwd: string,
  options: FindOptions = {},
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
      (await findStandards(abs, options)).forEach(add);
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
