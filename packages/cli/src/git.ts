// Git, for --changed and --base: run as a program with arguments (never through a shell).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UsageError } from './io.js';

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
