// kvalitet studio: a local web app for administrators. A small HTTP server on 127.0.0.1 that
// serves the page and a JSON API over the standards under one root folder, using the same
// parser, linter, importer and renderers as the command line.
//
// Security: loopback only; the Host header must name this server (DNS rebinding) and a request
// with a foreign Origin is refused; paths are resolved inside the root and symlinks out of it are
// refused; only .md files are written, atomically and only when unchanged since they were read
// and with the version token handed out for that same file;
// git runs as a program with arguments, never through a shell.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importBytes, importExtensions, ImportError } from '@kvalitet/import';
import {
  applyBaseline,
  isBaseline,
  lintParsed,
  loadConfig,
  parseFindings,
  rules,
  type Baseline,
  type LintMessage,
} from '@kvalitet/lint';
import { today as todayInDenmark } from '@kvalitet/language';
import { formatReference } from '@kvalitet/model';
import {
  parseFrontmatter,
  formatSize,
  maxFileBytes,
  parseStandard,
  readTextFile,
  writeFileAtomic,
  WriteError,
  type ParseResult,
} from '@kvalitet/parser';
import { applyBaselineToFiles, fileAtRevision, findFolders, gitFileOf, gitOutput, StandardIndex } from '@kvalitet/node';
import { buildRevision, renderChangeDocx, renderChangeHtml, renderPublicationDocx } from '@kvalitet/render';

/** Options for the studio server. */
export interface StudioOptions {
  /** The folder whose .md files the studio shows and edits. */
  root: string;
  /** Port; 0 picks a free one. */
  port?: number;
  /** Date the rules check against (YYYY-MM-DD); default today. */
  today?: string;
}

/** A running studio. */
export interface Studio {
  server: Server;
  url: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const maxBody = 10 * 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

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
  const lintOptions = (abs: string) => ({
    rules,
    settings: loaded.settingsFor(abs),
    municipality: loaded.config.municipality ?? {},
    today,
  });

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
  const baselinePath = resolve(loaded.dir, loaded.config.baseline ?? 'kvalitet-baseline.json');
  let baselineCache: { mtimeMs: number; baseline: Baseline | undefined } | undefined;
  async function currentBaseline(): Promise<Baseline | undefined> {
    const info = await stat(baselinePath).catch(() => undefined);
    if (!info) return (baselineCache = undefined);
    if (baselineCache?.mtimeMs === info.mtimeMs) return baselineCache.baseline;
    let baseline: Baseline | undefined;
    try {
      const parsed: unknown = JSON.parse(await readFile(baselinePath, 'utf8'));
      baseline = isBaseline(parsed) ? parsed : undefined;
    } catch {
      baseline = undefined; // The command line reports a broken baseline; the studio then shows every finding.
    }
    baselineCache = { mtimeMs: info.mtimeMs, baseline };
    return baseline;
  }

  /** The findings in a standard, those the baseline accepts marked `baselined` as the command line marks them. */
  function lintDocument(
    abs: string,
    parsed: ParseResult,
    baseline?: Baseline,
  ): Array<LintMessage & { baselined?: boolean }> {
    const messages = [...parseFindings(parsed.document), ...lintParsed(parsed, lintOptions(abs))];
    return baseline ? applyBaseline(loaded.relative(abs), messages, baseline) : messages;
  }

  /** A standard's text as the linter reads it (byte-order mark removed, Latin-1 decoded); undefined when there is no file. */
  async function readStandard(abs: string): Promise<{ text: string; bom: boolean } | undefined> {
    if (!(await stat(abs).catch(() => undefined))) return undefined;
    const read = await readTextFile(abs);
    if (!read.ok) throw new HttpError(415, read.message.replace(abs, relPath(abs)));
    return { text: read.text, bom: read.bom === true };
  }

  /** The standards under the root and their findings, from the Node layer: only changed files are linted again. */
  const index = new StandardIndex(root, loaded, today);

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

  // Git through the Node layer.
  const inGit = gitFileOf;
  const gitOut = gitOutput;
  const textAt = fileAtRevision;

  /**
   * The versions a standard can be compared with: HEAD, the last commit whose frontmatter says
   * `status: godkendt`, and the tags that hold the file (newest first).
   */
  async function basesOf(abs: string): Promise<{
    git: boolean;
    bases: Array<{ ref: string; kind: 'head' | 'approved' | 'tag'; label: string; commit: string; date: string }>;
  }> {
    const g = await inGit(abs);
    if (!g) return { git: false, bases: [] };
    const bases: Array<{
      ref: string;
      kind: 'head' | 'approved' | 'tag';
      label: string;
      commit: string;
      date: string;
    }> = [];
    const log = (
      await gitOut(g.top, ['log', '-n', String(maxApprovedSearch), '--format=%H %cs', 'HEAD', '--', g.rel]).catch(
        () => '',
      )
    )
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ') as [string, string]);
    const head = (await gitOut(g.top, ['log', '-n', '1', '--format=%H %cs', 'HEAD']).catch(() => '')).trim().split(' ');
    if (head[0] && (await textAt(g, 'HEAD')) !== undefined)
      bases.push({
        ref: 'HEAD',
        kind: 'head',
        label: `Seneste commit (HEAD, ${head[0].slice(0, 7)} fra ${head[1]})`,
        commit: head[0],
        date: head[1]!,
      });
    for (const [commit, date] of log) {
      const text = await textAt(g, commit);
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
      await gitOut(g.top, [
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
      if ((await textAt(g, `refs/tags/${tag}`)) === undefined) continue;
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
    const g = await inGit(abs);
    if (!g)
      throw new HttpError(
        409,
        `Mappen med ${rel} er ikke i et git-repository, så der er ingen tidligere version at sammenligne med.`,
      );
    const old = await textAt(g, ref);
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

  async function body(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > maxBody) throw new HttpError(413, 'Filen er for stor til studiet (højst 10 MB).');
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  async function json<T>(req: IncomingMessage): Promise<T> {
    let value: unknown;
    try {
      value = JSON.parse((await body(req)).toString('utf8'));
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(400, 'Forespørgslen er ikke gyldig JSON.');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new HttpError(400, 'Forespørgslen skal være et JSON-objekt.');
    return value as T;
  }

  function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
    const isBytes = payload instanceof Uint8Array;
    const data = isBytes ? payload : typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': isBytes
        ? 'application/octet-stream'
        : typeof payload === 'string'
          ? 'text/plain; charset=utf-8'
          : 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    });
    res.end(data);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      throw new HttpError(400, 'Adressen er ugyldig.');
    }
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host && host !== `localhost:${new URL(origin).port}`)
      throw new HttpError(421, 'Ukendt værtsnavn; studiet svarer kun på sin egen adresse.');
    const from = req.headers.origin;
    if (from !== undefined && from !== origin && from !== `http://localhost:${new URL(origin).port}`)
      throw new HttpError(403, 'Forespørgsler fra andre websteder afvises.');
    if (
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      from === undefined &&
      req.headers['sec-fetch-site'] !== 'same-origin'
    ) {
      // A state-changing request must come from the studio's own page (browsers send Origin).
      throw new HttpError(403, 'Forespørgsler uden oprindelse afvises.');
    }

    const read = req.method === 'GET' || req.method === 'HEAD';
    if (read && (url.pathname === '/' || url.pathname === '/index.html')) {
      const html = (await readFile(join(publicDir, 'index.html'), 'utf8'))
        .replace('<!--IMPORTMAP-->', `<script type="importmap">${JSON.stringify({ imports: importMap })}</script>`)
        .replace('%IMPORT_EXTENSIONS%', importExtensions.join(','));
      return send(res, 200, html, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' data: blob:; connect-src 'self'",
      });
    }
    if (read && /^\/(app\.js|frontmatter\.js|styles\.css|favicon\.svg)$/.test(url.pathname)) {
      return send(res, 200, await readFile(join(publicDir, url.pathname.slice(1)), 'utf8'), {
        'content-type': types[extname(url.pathname)]!,
      });
    }
    if (read && url.pathname.startsWith('/vendor/')) {
      let rel: string;
      try {
        rel = decodeURIComponent(url.pathname.slice('/vendor/'.length));
      } catch {
        throw new HttpError(400, 'Adressen er ugyldig.');
      }
      const name = Object.keys(importMap).find((n) => rel.startsWith(n + '/'));
      const file = resolve(modulesRoot, rel);
      if (!name || !file.startsWith(resolve(modulesRoot, name) + sep) || extname(file) !== '.js')
        throw new HttpError(404, 'Ikke fundet.');
      return send(res, 200, await readFile(file, 'utf8'), {
        'content-type': types['.js']!,
        'cache-control': 'max-age=3600',
      });
    }

    if (url.pathname === '/api/standards' && req.method === 'GET')
      return send(res, 200, { root: basename(root), standards: await listStandards() });

    if (url.pathname === '/api/bases' && req.method === 'GET') {
      return send(res, 200, await basesOf(await inside(url.searchParams.get('path'), { mustExist: false })));
    }

    if (url.pathname === '/api/folders' && req.method === 'GET') {
      // The folders an imported file can go to: the root and the folders under it (not hidden ones).
      const folders = (await findFolders(root)).map(relPath).sort((a, b) => a.localeCompare(b, 'da'));
      return send(res, 200, { root: basename(root), folders: ['', ...folders] });
    }

    if (url.pathname === '/api/exists' && req.method === 'GET') {
      const abs = await inside(url.searchParams.get('path'), { mustExist: false });
      const folder = await stat(dirname(abs)).catch(() => undefined);
      return send(res, 200, {
        path: relPath(abs),
        exists: (await stat(abs).catch(() => undefined)) !== undefined,
        folderExists: folder?.isDirectory() === true,
      });
    }

    if (url.pathname === '/api/file' && req.method === 'GET') {
      const abs = await inside(url.searchParams.get('path'), { mustExist: true });
      const { text } = (await readStandard(abs))!;
      const rel = relPath(abs);
      return send(res, 200, {
        path: rel,
        text,
        version: issue(rel, text),
        committed: (await committedVersion(abs)) !== undefined,
      });
    }

    if (url.pathname === '/api/file' && req.method === 'PUT') {
      // A save carries the path and the version token the page got when it read (or last saved) that
      // path. The token is bound to the path and the text, so it is refused when it was handed out
      // for another file (text loaded for one standard never overwrites another) or when the file
      // changed on disk since.
      const { path, text, version } = await json<{ path: string; text: string; version?: string }>(req);
      if (typeof text !== 'string') throw new HttpError(400, 'Teksten mangler.');
      // The limit every command reads standards with, checked before anything is written.
      const size = Buffer.byteLength(text);
      if (size > maxFileBytes)
        throw new HttpError(
          413,
          `Teksten fylder ${formatSize(size, maxFileBytes)}; en kvalitetsstandard må højst fylde ${formatSize(maxFileBytes)}. Intet er gemt.`,
        );
      if (version !== undefined && typeof version !== 'string') throw new HttpError(400, 'Versionen er ugyldig.');
      const abs = await inside(path, { mustExist: false });
      const rel = relPath(abs);
      const owner = version === undefined ? undefined : issued.get(version);
      if (owner !== undefined && owner !== rel) {
        throw new HttpError(
          409,
          `Teksten blev indlæst fra en anden fil (${owner}) end den, der skulle gemmes (${rel}). Intet er gemt; åbn ${rel} igen.`,
        );
      }
      const current = await readStandard(abs);
      if (current !== undefined && version === undefined)
        throw new HttpError(409, `Filen ${rel} findes allerede. Åbn den i studiet, før du gemmer.`);
      if (current !== undefined && version !== versionOf(rel, current.text)) {
        throw new HttpError(
          409,
          'Filen er ændret uden for studiet, siden du åbnede den. Dine ændringer er ikke gemt; kopiér dem, genindlæs filen og indsæt dem igen.',
        );
      }
      if (current === undefined && version !== undefined)
        throw new HttpError(409, 'Filen er slettet uden for studiet, siden du åbnede den.');
      // Compared and saved as the text the page shows; a byte-order mark the file had is kept.
      await writeFileAtomic(abs, (current?.bom ? '\uFEFF' : '') + text, { root });
      return send(res, 200, { path: rel, version: issue(rel, text) });
    }

    if (url.pathname === '/api/lint' && req.method === 'POST') {
      const { path, text } = await json<{ path: string; text: string }>(req);
      const abs = await inside(path, { mustExist: false });
      const baseline = await currentBaseline();
      const started = performance.now();
      const cpu = process.cpuUsage();
      const messages = lintDocument(
        abs,
        parseStandard(String(text ?? ''), { file: relPath(abs), validate: false }),
        baseline,
      );
      // How long the check took, in wall-clock and in CPU time (for npm run bench:studio on a busy machine).
      const used = process.cpuUsage(cpu);
      return send(
        res,
        200,
        { messages },
        {
          'server-timing': `lint;dur=${(performance.now() - started).toFixed(1)}, cpu;dur=${((used.user + used.system) / 1000).toFixed(1)}`,
        },
      );
    }

    if (url.pathname === '/api/render' && req.method === 'POST') {
      const { path, text, kind, base } = await json<{
        path: string;
        text: string;
        kind: 'preview' | 'docx' | 'docx-track' | 'publication';
        base?: string;
      }>(req);
      if (!['preview', 'docx', 'docx-track', 'publication'].includes(kind))
        throw new HttpError(400, 'Ukendt dokumenttype; brug preview, docx, docx-track eller publication.');
      const abs = await inside(path, { mustExist: false });
      const name = basename(abs, '.md');
      if (kind === 'publication') {
        return send(res, 200, await renderPublicationDocx(String(text)), docxHeaders(`${name}.docx`));
      }
      const old = await baseText(abs, typeof base === 'string' && base !== '' ? base : 'HEAD');
      const rev = buildRevision(
        parseStandard(old, { file: 'før.md' }),
        parseStandard(String(text), { file: 'efter.md' }),
        {
          lint: (parsed) => lintParsed(parsed, lintOptions(abs)),
          describeRule: (id) => rules.find((r) => r.id === id)?.meta.description.da,
        },
      );
      if (kind === 'preview')
        return send(res, 200, renderChangeHtml(rev), { 'content-type': 'text/html; charset=utf-8' });
      const bytes = await renderChangeDocx(rev, { trackChanges: kind === 'docx-track' });
      return send(res, 200, bytes, docxHeaders(`aendring-${name}${kind === 'docx-track' ? '-sporede' : ''}.docx`));
    }

    if (url.pathname === '/api/import' && req.method === 'POST') {
      const fileName = basename(String(url.searchParams.get('name') ?? 'import.docx'));
      const bytes = new Uint8Array(await body(req));
      // Where the user chose (folder and name): checked before the file is imported, and refused when
      // a file is there already. Without a choice, a new name next to the others. Never over a file.
      const to = url.searchParams.get('to');
      const chosen = to === null ? undefined : await inside(to, { mustExist: false });
      if (chosen) {
        const rel = relPath(chosen);
        if (!(await stat(dirname(chosen)).catch(() => undefined))?.isDirectory())
          throw new HttpError(400, `Mappen til ${rel} findes ikke.`);
        if (await stat(chosen).catch(() => undefined))
          throw new HttpError(409, `${rel} findes allerede; vælg et andet navn.`);
      }
      let result: Awaited<ReturnType<typeof importBytes>>;
      try {
        result = await importBytes(bytes, { file: fileName });
      } catch (error) {
        if (error instanceof ImportError) throw new HttpError(422, error.message);
        throw error;
      }
      if (chosen) {
        const rel = relPath(chosen);
        try {
          await writeFile(chosen, result.markdown, { flag: 'wx' });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST')
            throw new HttpError(409, `${rel} findes allerede; vælg et andet navn.`);
          throw error;
        }
        return send(res, 201, {
          path: rel,
          sections: result.sections,
          notices: result.report.notices,
          guessed: result.metadata.guessed,
        });
      }
      const stem =
        fileName
          .replace(/\.[^.]+$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9æøå-]+/g, '-')
          .replace(/^-+|-+$/g, '') || 'import';
      let target = join(root, `${stem}.md`);
      for (let n = 2; await stat(target).catch(() => undefined); n++) target = join(root, `${stem}-${n}.md`);
      await writeFile(target, result.markdown, { flag: 'wx' });
      return send(res, 201, {
        path: relPath(target),
        sections: result.sections,
        notices: result.report.notices,
        guessed: result.metadata.guessed,
      });
    }

    throw new HttpError(404, 'Ikke fundet.');
  }

  const docxHeaders = (file: string) => ({
    'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'content-disposition': `attachment; filename="${file.replace(/[^\w.æøåÆØÅ-]/g, '_')}"`,
  });

  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res, origin).catch((error: unknown) => {
      if (error instanceof HttpError) return send(res, error.status, { error: error.message });
      if (error instanceof WriteError)
        return send(res, 409, { error: `${error.message.replaceAll(root + sep, '')} Intet er gemt.` });
      send(res, 500, { error: `Der skete en intern fejl i studiet: ${(error as Error).message}` });
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('Studio did not get a TCP address');
  origin = `http://127.0.0.1:${address.port}`;
  return {
    server,
    url: origin + '/',
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
