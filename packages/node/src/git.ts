// Git, for --changed and --base and the studio's versions: run as a program with arguments (never
// through a shell).
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './errors.js';

const run = promisify(execFile);

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new UsageError('git findes ikke på maskinen; installér git for at bruge --changed og --base.');
    const reason = (e.stderr ?? e.message).trim().split('\n')[0];
    throw new UsageError(
      `git kunne ikke svare (${reason}). Kører du kommandoen i et git-repository, og findes referencen?`,
    );
  }
}

/** The repository's top folder. */
async function gitRoot(cwd: string): Promise<string> {
  return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
}

/** The repository's top folder, after checking that `ref` names one of its commits (and is no option). */
async function rootWithRef(ref: string, cwd: string): Promise<string> {
  if (ref.startsWith('-')) throw new UsageError(`Ugyldig git-reference „${ref}“.`);
  const root = await gitRoot(cwd);
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).catch(() => {
    throw new UsageError(`git-referencen „${ref}“ findes ikke i repositoryet.`);
  });
  return root;
}

/** Absolute paths of files changed since `ref` (committed, staged, unstaged) plus untracked ones. */
export async function changedSince(ref: string, cwd: string): Promise<Set<string>> {
  const root = await rootWithRef(ref, cwd);
  const changed = await git(['diff', '--name-only', '-z', '--diff-filter=ACMRT', ref, '--'], root);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], root);
  return new Set([...changed.split('\0'), ...untracked.split('\0')].filter(Boolean).map((p) => `${root}/${p}`));
}

/** The content of a file at a revision, or undefined when the file did not exist there. */
export async function showAtRevision(ref: string, absolutePath: string, cwd: string): Promise<string | undefined> {
  const root = await rootWithRef(ref, cwd);
  const rel = absolutePath.startsWith(root + '/') ? absolutePath.slice(root.length + 1) : absolutePath;
  try {
    const { stdout } = await run('git', ['show', `${ref}:${rel}`], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch {
    return undefined;
  }
}

/** A file inside a git repository: the repository's top folder (real path) and the file's path in it. */
export interface GitFile {
  top: string;
  rel: string;
}

/** The git repository a file is in, and the file's path in it; undefined outside git (or without git). */
export async function gitFileOf(absolutePath: string): Promise<GitFile | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dirname(absolutePath) });
    const top = await realpath(stdout.trim());
    return { top, rel: relative(top, absolutePath).split(sep).join('/') };
  } catch {
    return undefined;
  }
}

/** The output of a git command run in a repository's top folder; rejects when git fails. */
export async function gitOutput(top: string, args: string[]): Promise<string> {
  return (await run('git', args, { cwd: top, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;
}

/** A file's text at a commit, tag or HEAD; undefined when it is not there. */
export async function fileAtRevision(file: GitFile, ref: string): Promise<string | undefined> {
  return gitOutput(file.top, ['show', `${ref}:${file.rel}`]).catch(() => undefined);
}
