// The temporary files of atomic writes (writeFileAtomic in @kvalitet/parser names them
// ".NAME.PID.MILLISECONDS.tmp" beside the file) stay behind when a run is killed mid-write
// (kill -9, power loss). They are hidden from git by .gitignore, and a later run removes those
// that are stale: their process is gone, or they are older than `staleAfterMs`.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The name writeFileAtomic gives its temporary file: ".NAME.PID.MILLISECONDS.tmp". */
const tempName = /^\..+\.(\d+)\.(\d{10,})\.tmp$/;

/** The .gitignore lines that hide these files (and the cache) from git. */
export const gitignoreLines = ['.kvalitet-cache.json', '.*.tmp'] as const;

/** Ten minutes: no write of a standard, a document or the cache takes that long. */
export const staleAfterMs = 10 * 60 * 1000;

/** True when a process with this id is running (or exists but is not ours to signal). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when a file name is a temporary file of an atomic write that can no longer finish. */
export function isStaleTempFile(name: string, mtimeMs: number, now = Date.now()): boolean {
  const m = tempName.exec(name);
  if (!m) return false;
  return !running(Number(m[1])) || now - mtimeMs > staleAfterMs;
}

/**
 * Removes stale temporary files in the given folders (not below them); returns the paths removed.
 * A folder that cannot be read or a file that cannot be removed is left as it is: cleaning up is
 * never a reason for a run to fail.
 */
export async function removeStaleTempFiles(folders: Iterable<string>, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!tempName.test(name)) continue;
      const path = join(folder, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile() || !isStaleTempFile(name, info.mtimeMs, now)) continue;
      if (
        await rm(path).then(
          () => true,
          () => false,
        )
      )
        removed.push(path);
    }
  }
  return removed;
}
