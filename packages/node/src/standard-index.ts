// The standards under a folder with their findings, kept up to date between calls: the studio's
// list. A file whose size, times and inode are unchanged since the last call (or, failing that,
// whose content is) is not parsed or linted again; only new and changed files are. The first
// call also removes stale temporary files of saves cut short.
import { stat } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import type { LintMessage, LoadedConfig, MunicipalitySettings } from '@kvalitet/lint';
import type { StandardDocument } from '@kvalitet/model';
import { parseStandard, readTextFile } from '@kvalitet/parser';
import { findStandards } from './files.js';
import { contentHash, sameStat, statStamp, type StatStamp } from './lint-cache.js';
import { findingsOf } from './lint-core.js';
import { removeStaleTempFiles } from './temp-files.js';

/** One standard of the list. */
export interface IndexedStandard {
  /** The path relative to the folder, with "/". */
  path: string;
  absolute: string;
  metadata: StandardDocument['metadata'];
  /** The parser's and the rules' findings (the baseline not applied). */
  messages: LintMessage[];
}

/** Parses and lints one standard; the default runs in this thread, the studio hands it to a worker. */
export type CheckStandard = (job: {
  absolute: string;
  path: string;
  text: string;
}) => Promise<Pick<IndexedStandard, 'metadata' | 'messages'>>;

interface Entry {
  stat?: StatStamp;
  content: string;
  standard: IndexedStandard;
}

/** The standards under a folder and their findings; `list()` parses and lints only what changed since the last call. */
export class StandardIndex {
  readonly #root: string;
  readonly #loaded: LoadedConfig;
  readonly #today: string;
  readonly #municipality: MunicipalitySettings;
  readonly #check: CheckStandard;
  #entries = new Map<string, Entry>();
  #cleaned = false;

  /**
   * `root`: the folder (a real path); `loaded`: its configuration; `today`: the date the rules
   * check against; `check`: how one standard is parsed and linted (default: here, in this thread).
   */
  constructor(root: string, loaded: LoadedConfig, today: string, check?: CheckStandard) {
    this.#root = root;
    this.#loaded = loaded;
    this.#today = today;
    this.#municipality = loaded.config.municipality ?? {};
    this.#check = check ?? (async (job) => this.#checkHere(job));
  }

  #checkHere(job: { absolute: string; path: string; text: string }): Pick<IndexedStandard, 'metadata' | 'messages'> {
    const parsed = parseStandard(job.text, { file: job.path, validate: false });
    const messages = findingsOf(parsed, this.#loaded.settingsFor(job.absolute), {
      municipality: this.#municipality,
      lang: 'da',
      today: this.#today,
    });
    return { metadata: parsed.document.metadata, messages };
  }

  /**
   * The standards under the folder, sorted by path. A file that cannot be read, parsed or linted
   * is left out (it never empties the list for the others).
   */
  async list(): Promise<IndexedStandard[]> {
    const files = await findStandards(this.#root);
    if (!this.#cleaned) {
      // Leftovers of saves cut short (kill -9) go once, on the first list.
      this.#cleaned = true;
      await removeStaleTempFiles([this.#root, ...files.map((f) => dirname(f))]);
    }
    const next = new Map<string, Entry>();
    for (const abs of files) {
      const entry = await this.#entryFor(abs);
      if (entry) next.set(abs, entry);
    }
    // Files gone since the last call are forgotten.
    this.#entries = next;
    return [...next.values()].map((e) => e.standard);
  }

  /** How many files the last calls parsed and linted (for tests and benchmarks). */
  linted = 0;

  async #entryFor(abs: string): Promise<Entry | undefined> {
    const info = await stat(abs).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const known = this.#entries.get(abs);
    if (known && sameStat(known, info)) return known;
    const read = await readTextFile(abs);
    if (!read.ok) return undefined;
    const content = contentHash(read.text);
    const stamp = statStamp(info);
    if (known?.content === content) {
      if (stamp) known.stat = stamp;
      else delete known.stat;
      return known;
    }
    const path = relative(this.#root, abs).split(sep).join('/');
    try {
      const { metadata, messages } = await this.#check({ absolute: abs, path, text: read.text });
      this.linted++;
      return {
        ...(stamp ? { stat: stamp } : {}),
        content,
        standard: { path, absolute: abs, metadata, messages },
      };
    } catch {
      // One file the parser or a rule cannot handle is left out of the list.
      return undefined;
    }
  }
}
