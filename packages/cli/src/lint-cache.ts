// The result cache of `kvalitet lint --cache` (like ESLint's content strategy): one JSON file
// with an entry per file, keyed on the file's content, the rule settings that apply to it, the
// run's date and language, and a fingerprint of the installed parser and rules. An entry whose
// key differs in any of these is never served.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDocsUrl, rules, type LintMessage } from '@kvalitet/lint';
import { writeFileAtomic } from '@kvalitet/parser';

/** A finding as stored: without its legal basis and link, which come from the rule on reading. */
export type StoredMessage = Omit<LintMessage, 'basis' | 'url'>;

export interface CacheFile {
  version: 2;
  engine: string;
  entries: Record<string, { key: string; messages: StoredMessage[] }>;
}

const byId = new Map(rules.map((r) => [r.id, r]));

/** Drops what the rule registry can give back, so the cache file stays small. */
export function storeMessages(messages: readonly LintMessage[]): StoredMessage[] {
  return messages.map(({ basis: _b, url: _u, ...rest }) => rest);
}

/** Gives stored findings their legal basis and link back. */
export function loadMessages(messages: readonly StoredMessage[]): LintMessage[] {
  return messages.map((m) => {
    const rule = byId.get(m.ruleId);
    return { ...m, basis: rule ? [...rule.meta.basis] : [], ...(rule ? { url: `${defaultDocsUrl}${rule.id}.md` } : {}) };
  });
}

let engineFingerprint: string | undefined;

/** A hash of the code of the model, parser and lint packages as installed: a changed rule invalidates every entry. */
export async function engineVersion(): Promise<string> {
  if (engineFingerprint) return engineFingerprint;
  const hash = createHash('sha256');
  for (const pkg of ['@kvalitet/model', '@kvalitet/parser', '@kvalitet/lint']) {
    const dir = dirname(fileURLToPath(import.meta.resolve(pkg)));
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js')).sort();
    for (const f of files) hash.update(f).update(await readFile(join(dir, f)));
  }
  engineFingerprint = hash.digest('hex').slice(0, 16);
  return engineFingerprint;
}

/** The key of one file's entry. */
export function entryKey(text: string, context: unknown): string {
  return createHash('sha256').update(JSON.stringify(context)).update('\0').update(text).digest('hex');
}

/** Reads the cache; a missing, unreadable or outdated file gives an empty cache. */
export async function readCache(path: string): Promise<CacheFile> {
  const engine = await engineVersion();
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    if (parsed.version === 2 && parsed.engine === engine && parsed.entries && typeof parsed.entries === 'object') return parsed;
  } catch {
    // No cache yet, or not ours: start afresh.
  }
  return { version: 2, engine, entries: {} };
}

/** Writes the cache atomically. */
export async function writeCache(path: string, cache: CacheFile): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(cache));
}
