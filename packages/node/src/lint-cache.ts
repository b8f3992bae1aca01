// The result cache of `kvalitet lint --cache` (like ESLint's content strategy): one JSON file
// with an entry per file, keyed on a hash of the file's content and a hash of its context (the
// rule settings that apply to it, the run's date and language, and a fingerprint of the
// installed parser and rules). An entry whose content or context differs is never served.
//
// Reading and hashing every file is most of a warm run, so an entry also remembers the file's
// size, times and inode as they were before its content was read (as git's index does). When
// they are unchanged, the file is unchanged, and its content hash is taken from the entry. A
// stat is only remembered when the file had not changed for a while before it was taken: a
// change within the same tick of the file system's clock would not show in the times.
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDocsUrl, rules, type LintMessage } from '@kvalitet/lint';
import { writeFileAtomic } from '@kvalitet/parser';

/** A finding as stored: without its legal basis and link, which come from the rule on reading. */
export type StoredMessage = Omit<LintMessage, 'basis' | 'url'>;

/** size, mtimeMs, ctimeMs, ino of a file, taken before its content was read. */
export type StatStamp = [number, number, number, number];

export interface CacheEntry {
  /** sha256 of the file's text. */
  content: string;
  /** sha256 of what else decides the findings (settings, date, language, engine, file name). */
  context: string;
  stat?: StatStamp;
  messages: StoredMessage[];
}

export interface CacheFile {
  version: 3;
  engine: string;
  entries: Record<string, CacheEntry>;
}

/** Only a stat of a file unchanged for this long is trusted later (coarse clocks, such as FAT's, tick every 2 s). */
const settledMs = 3000;

const byId = new Map(rules.map((r) => [r.id, r]));

/** Drops what the rule registry can give back, so the cache file stays small. */
export function storeMessages(messages: readonly LintMessage[]): StoredMessage[] {
  return messages.map(({ basis: _b, url: _u, ...rest }) => rest);
}

/** Gives stored findings their legal basis and link back. */
export function loadMessages(messages: readonly StoredMessage[]): LintMessage[] {
  return messages.map((m) => {
    const rule = byId.get(m.ruleId);
    return {
      ...m,
      basis: rule ? [...rule.meta.basis] : [],
      ...(rule ? { url: `${defaultDocsUrl}${rule.id}.md` } : {}),
    };
  });
}

let engineFingerprint: string | undefined;

/**
 * A hash of the code that decides the findings, as installed: the model, language, parser and lint
 * packages and this package's lint-core. A changed rule or word list invalidates every entry.
 */
async function engineVersion(): Promise<string> {
  if (engineFingerprint) return engineFingerprint;
  const hash = createHash('sha256');
  for (const pkg of ['@kvalitet/model', '@kvalitet/language', '@kvalitet/parser', '@kvalitet/lint']) {
    const dir = dirname(fileURLToPath(import.meta.resolve(pkg)));
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js')).sort();
    for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
  }
  const core = new URL('./lint-core.js', import.meta.url);
  hash.update('lint-core.js').update(await readFile(core).catch(() => Buffer.from(core.href)));
  engineFingerprint = hash.digest('hex').slice(0, 16);
  return engineFingerprint;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The hash of a file's text. */
export const contentHash = (text: string): string => sha256(text);

const settingsJson = new WeakMap<object, string>();

/** The hash of a file's context: its rule settings (shared between files) and the rest; the engine fingerprint is part of the cache file. */
export function contextHash(settings: object, rest: unknown): string {
  let json = settingsJson.get(settings);
  if (json === undefined) settingsJson.set(settings, (json = JSON.stringify(settings)));
  return sha256(`${json}\0${JSON.stringify(rest)}`);
}

/** The stamp of a stat, or undefined when the file changed too recently for its times to be trusted. */
export function statStamp(stat: Stats, now = Date.now()): StatStamp | undefined {
  if (now - Math.max(stat.mtimeMs, stat.ctimeMs) < settledMs) return undefined;
  return [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
}

/** True when a file's stat is the one the entry remembers. */
export function sameStat(entry: Pick<CacheEntry, 'stat'> | undefined, stat: Stats): boolean {
  const s = entry?.stat;
  return s !== undefined && s[0] === stat.size && s[1] === stat.mtimeMs && s[2] === stat.ctimeMs && s[3] === stat.ino;
}

/** Reads the cache; a missing, unreadable or outdated file gives an empty cache. */
export async function readCache(path: string): Promise<CacheFile> {
  const engine = await engineVersion();
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    if (parsed.version === 3 && parsed.engine === engine && parsed.entries && typeof parsed.entries === 'object')
      return parsed;
  } catch {
    // No cache yet, or not ours: start afresh.
  }
  return { version: 3, engine, entries: {} };
}

/** Writes the cache atomically; not flushed to disk, since a lost or damaged cache is only ignored. */
export async function writeCache(path: string, cache: CacheFile): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(cache), { durable: false });
}
