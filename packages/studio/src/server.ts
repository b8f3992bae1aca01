// kvalitet studio: a local web app for administrators. A small HTTP server on 127.0.0.1 that
// serves the page and a JSON API over the standards under one root folder, using the same
// parser, linter, importer and renderers as the command line.
//
// Security: loopback only; the Host header must name this server (DNS rebinding) and a request
// with a foreign Origin is refused; paths are resolved inside the root and symlinks out of it are
// refused; only .md files are written, atomically and only when unchanged since they were read
// and with the version token handed out for that same file;
// git runs as a program with arguments, never through a shell.
//
// Layout: this file starts the server and holds what the routes share (containment, version
// tokens, baseline, the list, git); http.ts has the checks every request passes and the route
// table's dispatch; routes.ts has the table and one named handler per route; checks, renders and
// imports run in worker threads (worker.ts, through the pools of pool.ts) with a time limit.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyBaseline, loadConfig, rules, type Baseline, type LintMessage } from '@kvalitet/lint';
import { parseFrontmatter, readTextFile, WriteError } from '@kvalitet/parser';
import { today as todayInDenmark } from '@kvalitet/language';
import { formatReference } from '@kvalitet/model';
import {
  applyBaselineToFiles,
  baselinePathOf,
  fileAtRevision,
  gitFileOf,
  gitOutput,
  readBaseline,
  StandardIndex,
} from '@kvalitet/node';
import { dispatch, guard, HttpError, send } from './http.js';
import { WorkerPool } from './pool.js';
import { routes, type StudioContext } from './routes.js';

/** Options for the studio server. */
export interface StudioOptions {
  /** The folder whose .md files the studio shows and edits. */
  root: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** Date the rules check against (YYYY-MM-DD); default today. */
  today?: string;
  /**
   * How long a check, render or import may run in its worker thread (ms) before it is stopped and
   * the user told so; default 20 000.
   */
  timeLimitMs?: number;
}

/** A running studio. */
export interface Studio {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
/** How long a job may run in a worker by default (ms). */
const defaultTimeLimitMs = 20_000;
/** The heap a worker may use (MB): a file that needs more fails alone, with a Danish message. */
const workerHeapMb = 1024;

/** Packages the page loads as ES modules, through an import map (no bundler needed). */
const vendorScopes = ['@codemirror', '@lezer'];
const vendorPackages = ['style-mod', 'w3c-keyname', 'crelt', '@marijn/find-cluster-break', 'yaml'];

/** The node_modules folder the editor packages are installed in. */
const modulesRoot = fileURLToPath(new URL('.', import.meta.resolve('@codemirror/state'))).replace(
  /@codemirror[\\/]state[\\/].*$/,
  '',
);

async function vendorMap(): Promise<Record<string, string>> {
  const names = [...vendorPackages];
  for (const scope of vendorScopes)
    for (const p of await readdir(join(modulesRoot, scope)).catch(() => [] as string[])) names.push(`${scope}/${p}`);
  const imports: Record<string, string> = {};
  for (const name of names) {
    const pkg = JSON.parse(await readFile(join(modulesRoot, name, 'package.json'), 'utf8')) as {
      exports?: Record<string, unknown> | string;
      module?: string;
    };
    // "exports" is either { ".": { import } } or the conditions themselves: { import, require }.
    const exp =
      typeof pkg.exports === 'object'
        ? ((pkg.exports['.'] as Record<string, unknown> | undefined) ?? pkg.exports)
        : undefined;
    // An ES module: the "import" condition, or the browser build behind "default" (yaml).
    const entry =
      typeof exp?.['import'] === 'string'
        ? exp['import']
        : typeof exp?.['default'] === 'string' && exp['default'].includes('browser')
          ? exp['default']
          : undefined;
    const file = entry ?? pkg.module;
    if (file) imports[name] = `/vendor/${name}/${file.replace(/^\.\//, '')}`;
  }
  return imports;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** The version token of a file's text: bound to the file, so text read from one file can never pass as another's. */
const versionOf = (rel: string, text: string) => sha(`${rel}\0${text}`);

/** How many of a file's commits are searched for the last approved version (newest first). */
const maxApprovedSearch = 100;

/** True when the text's frontmatter says the standard is approved (status: godkendt, or a word the parser takes for it). */
function isApproved(text: string): boolean {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m !== null && parseFrontmatter(m[1]!).data.status === 'approved';
}

/** How many handed-out tokens the server remembers (oldest forgotten first), to name the file a foreign token came from. */
const maxIssued = 10_000;

/** Starts the studio. */
export async function startStudio(options: StudioOptions): Promise<Studio> {
  const root = await realpath(resolve(options.root));
  const importMap = await vendorMap();
  const today = options.today ?? todayInDenmark();

  // The configuration of the standards repository the root belongs to, as the command line finds it.
  const loaded = await loadConfig(root, undefined, rules);

  // Checks, renders and imports run in worker threads (worker.ts), each with the time limit: the
  // thread that answers requests only reads, writes and runs git. Imports have a pool of their
  // own, so an import never holds up the checks of the text being typed.
  // Workers start when first needed; the second checking worker only when two jobs overlap (a
  // render and the check of the text being typed).
  const limitMs = options.timeLimitMs ?? defaultTimeLimitMs;
  if (!Number.isFinite(limitMs) || limitMs <= 0) throw new RangeError(`timeLimitMs must be positive (got ${limitMs})`);
  const pools = {
    interactive: new WorkerPool({ root, today, jobs: 'check' }, { size: 2, limitMs, heapMb: workerHeapMb }),
    imports: new WorkerPool({ root, today, jobs: 'import' }, { size: 1, limitMs, heapMb: workerHeapMb }),
  };

  /** A path from the page, resolved inside the root; refuses traversal and symlinks out. */
  async function inside(rel: unknown, opts: { mustExist: boolean }): Promise<string> {
    if (typeof rel !== 'string' || rel === '' || rel.includes('\0'))
      throw new HttpError(400, 'Stien mangler eller er ugyldig.');
    const target = resolve(root, rel);
    if (target !== root && !target.startsWith(root + sep))
      throw new HttpError(403, 'Stien peger uden for mappen med standarder.');
    if (extname(target).toLowerCase() !== '.md')
      throw new HttpError(403, 'Studiet arbejder kun med Markdown-filer (.md).');
    const real = await realpath(target).catch(() => undefined);
    // A file that does not exist yet is checked through its nearest existing folder: a new file
    // under a linked folder must not land outside the root either.
    const settled = real ?? (await nearestReal(target));
    if (!within(settled)) throw new HttpError(403, 'Stien peger (via et link) uden for mappen med standarder.');
    if (opts.mustExist && !real) throw new HttpError(404, `Filen ${rel} findes ikke.`);
    return target;
  }

  /** The real path of `path`, resolving its nearest existing ancestor (links included) and keeping the rest. */
  async function nearestReal(path: string): Promise<string> {
    const rest: string[] = [];
    let at = path;
    for (;;) {
      const real = await realpath(at).catch(() => undefined);
      if (real !== undefined) return join(real, ...rest);
      const up = dirname(at);
      if (up === at) return path;
      rest.unshift(basename(at));
      at = up;
    }
  }
  const within = (real: string) => real === root || real.startsWith(root + sep);

  const relPath = (abs: string) => relative(root, abs).split(sep).join('/');

  /** Version tokens handed out to the page, each with the file (relative path) it was read from or saved to. */
  const issued = new Map<string, string>();
  function issue(rel: string, text: string): string {
    const version = versionOf(rel, text);
    issued.delete(version);
    issued.set(version, rel);
    if (issued.size > maxIssued) issued.delete(issued.keys().next().value!);
    return version;
  }

  /** The accepted findings (kvalitet-baseline.json, or the file the configuration names), re-read when it changes. */
  const baselinePath = baselinePathOf(loaded.dir, loaded.config.baseline);
  let baselineCache: { mtimeMs: number; baseline: Baseline | undefined } | undefined;
  async function currentBaseline(): Promise<Baseline | undefined> {
    const info = await stat(baselinePath).catch(() => undefined);
    if (!info) return (baselineCache = undefined);
    if (baselineCache?.mtimeMs === info.mtimeMs) return baselineCache.baseline;
    // The command line reports a broken baseline; the studio then shows every finding.
    const baseline = await readBaseline(baselinePath, root).catch(() => undefined);
    baselineCache = { mtimeMs: info.mtimeMs, baseline };
    return baseline;
  }

  /** A standard's findings, those the baseline accepts marked `baselined` as the command line marks them. */
  function withBaseline(
    abs: string,
    messages: LintMessage[],
    baseline?: Baseline,
  ): Array<LintMessage & { baselined?: boolean }> {
    return baseline ? applyBaseline(loaded.relative(abs), messages, baseline) : messages;
  }

  /** A standard's text as the linter reads it (byte-order mark removed, Latin-1 decoded); undefined when there is no file. */
  async function readStandard(abs: string): Promise<{ text: string; bom: boolean } | undefined> {
    if (!(await stat(abs).catch(() => undefined))) return undefined;
    const read = await readTextFile(abs);
    if (!read.ok) throw new HttpError(415, read.message.replace(abs, relPath(abs)));
    return { text: read.text, bom: read.bom === true };
  }

  /**
   * The standards under the root and their findings, from the Node layer's index: only files
   * changed since the last list are parsed and linted again, each in a checking worker, so a check
   * of the text being typed gets in between. A file the parser or a rule cannot handle (or that
   * passes the time limit) is left out and never empties the list for the others.
   */
  const index = new StandardIndex(root, loaded, today, async (job) =>
    pools.interactive.run({ kind: 'summary', file: job.absolute, rel: job.path, text: job.text }),
  );

  async function listStandards() {
    const baseline = await currentBaseline();
    const standards = await index.list();
    const marked = baseline
      ? await applyBaselineToFiles(
          standards.map((s) => ({ file: loaded.relative(s.absolute), messages: s.messages })),
          baseline,
          loaded.dir,
        )
      : standards.map((s) => s.messages);
    return standards.map((s, k) => {
      const counts = { error: 0, warning: 0, info: 0, accepted: 0 };
      for (const m of marked[k]! as Array<LintMessage & { baselined?: boolean }>)
        counts[m.baselined ? 'accepted' : m.severity]++;
      const meta = s.metadata;
      return {
        path: s.path,
        title: meta.title,
        ...(meta.municipality ? { municipality: meta.municipality } : {}),
        paragraphs: meta.paragraphs.map(formatReference),
        counts,
      };
    });
  }

  /**
   * The versions a standard can be compared with: HEAD, the last commit whose frontmatter says
   * `status: godkendt`, and the tags that hold the file (newest first).
   */
  async function basesOf(abs: string): Promise<{
    git: boolean;
    bases: Array<{ ref: string; kind: 'head' | 'approved' | 'tag'; label: string; commit: string; date: string }>;
  }> {
    const g = await gitFileOf(abs);
    if (!g) return { git: false, bases: [] };
    const bases: Array<{
      ref: string;
      kind: 'head' | 'approved' | 'tag';
      label: string;
      commit: string;
      date: string;
    }> = [];
    const log = (
      await gitOutput(g.top, ['log', '-n', String(maxApprovedSearch), '--format=%H %cs', 'HEAD', '--', g.rel]).catch(
        () => '',
      )
    )
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ') as [string, string]);
    const head = (await gitOutput(g.top, ['log', '-n', '1', '--format=%H %cs', 'HEAD']).catch(() => ''))
      .trim()
      .split(' ');
    if (head[0] && (await fileAtRevision(g, 'HEAD')) !== undefined)
      bases.push({
        ref: 'HEAD',
        kind: 'head',
        label: `Seneste commit (HEAD, ${head[0].slice(0, 7)} fra ${head[1]})`,
        commit: head[0],
        date: head[1]!,
      });
    for (const [commit, date] of log) {
      const text = await fileAtRevision(g, commit);
      if (text !== undefined && isApproved(text)) {
        bases.push({
          ref: commit,
          kind: 'approved',
          label: `Seneste godkendte version (commit ${commit.slice(0, 7)} fra ${date})`,
          commit,
          date,
        });
        break;
      }
    }
    const tags = (
      await gitOutput(g.top, [
        'for-each-ref',
        '--sort=-creatordate',
        '--count=50',
        '--format=%(refname:short) %(objectname) %(*objectname) %(creatordate:short)',
        'refs/tags',
      ]).catch(() => '')
    )
      .split('\n')
      .filter(Boolean);
    for (const line of tags) {
      const parts = line.split(' ');
      const [tag, object, peeled, date] = parts.length === 4 ? parts : [parts[0], parts[1], '', parts[2]];
      if ((await fileAtRevision(g, `refs/tags/${tag}`)) === undefined) continue;
      const commit = peeled || object!;
      bases.push({
        ref: `refs/tags/${tag}`,
        kind: 'tag',
        label: `Mærket ${tag} (${commit.slice(0, 7)} fra ${date})`,
        commit,
        date: date!,
      });
    }
    return { git: true, bases };
  }

  /** The old text a change document compares with: the file at `ref` (HEAD unless named); a Danish error when there is none. */
  async function baseText(abs: string, ref = 'HEAD'): Promise<string> {
    const rel = relPath(abs);
    if (ref !== 'HEAD' && !/^[0-9a-f]{40}$/.test(ref) && !/^refs\/tags\/[^\s:]+$/.test(ref))
      throw new HttpError(400, `Ugyldig version at sammenligne med: „${ref}“.`);
    const g = await gitFileOf(abs);
    if (!g)
      throw new HttpError(
        409,
        `Mappen med ${rel} er ikke i et git-repository, så der er ingen tidligere version at sammenligne med.`,
      );
    const old = await fileAtRevision(g, ref);
    if (old !== undefined) return old;
    if (ref === 'HEAD')
      throw new HttpError(
        409,
        `${rel} er ikke i git endnu (findes ikke i HEAD), så der er ingen tidligere version at sammenligne med. Gem og commit filen først.`,
      );
    throw new HttpError(409, `${rel} findes ikke i den valgte version (${ref.replace(/^refs\/tags\//, '')}).`);
  }

  async function committedVersion(abs: string): Promise<string | undefined> {
    const g = await gitFileOf(abs);
    return g && fileAtRevision(g, 'HEAD');
  }

  const context: StudioContext = {
    root,
    publicDir,
    modulesRoot,
    importMap,
    inside,
    relPath,
    issue,
    issuedFor: (version) => issued.get(version),
    versionOf,
    readStandard,
    currentBaseline,
    applyBaseline: withBaseline,
    listStandards,
    basesOf,
    baseText,
    committedVersion,
    pools,
    limitMs,
  };

  let origin = '';
  const server = createServer((req, res) => {
    (async () => {
      const url = guard(req, origin);
      const reply = await dispatch(routes, context, req, url);
      send(res, reply.status, reply.payload, reply.headers);
    })().catch((error: unknown) => {
      if (error instanceof HttpError) return send(res, error.status, { error: error.message }, error.headers);
      if (error instanceof WriteError)
        return send(res, 409, { error: `${error.message.replaceAll(root + sep, '')} Intet er gemt.` });
      send(res, 500, { error: `Der skete en intern fejl i studiet: ${(error as Error).message}` });
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  }).catch(async (error: unknown) => {
    await Promise.all([pools.interactive.close(), pools.imports.close()]);
    throw error;
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Studio did not get a TCP address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    server,
    url: origin + '/',
    close: async () => {
      await Promise.all([
        new Promise<void>((ok) => server.close(() => ok())),
        pools.interactive.close(),
        pools.imports.close(),
      ]);
    },
  };
}
