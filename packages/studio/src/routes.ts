// The studio's routes: one entry per method and path in `routes`, each with a named handler.
// Every request has passed guard() (http.ts) before it gets here; a handler resolves paths from
// the page with ctx.inside() (containment in the root, links included) and runs checks, renders
// and imports in worker threads (ctx.work), never on the thread that answers requests.
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { importExtensions } from '@kvalitet/import';
import type { Baseline, LintMessage } from '@kvalitet/lint';
import { findFolders } from '@kvalitet/node';
import { formatSize, maxFileBytes, WriteError, writeFileAtomic } from '@kvalitet/parser';
import { type BodySpec, HttpError, type Reply, type Request, type Route } from './http.js';
import { type Job, type JobResults, type RenderKind, renderKinds } from './jobs.js';
import { WorkCrashed, WorkFailed, type WorkerPool, WorkTimeout } from './pool.js';

/** The largest request body a route reads. */
const maxBody = 10 * 1024 * 1024;

/** What the handlers use of the running studio (made by startStudio in server.ts). */
export interface StudioContext {
  /** The root folder (real path). */
  root: string;
  publicDir: string;
  modulesRoot: string;
  importMap: Record<string, string>;
  /** A path from the page, resolved inside the root; refuses traversal, non-Markdown and links out. */
  inside(rel: unknown, opts: { mustExist: boolean }): Promise<string>;
  relPath(abs: string): string;
  /** Hands out the version token for a file's text, remembering the file it belongs to. */
  issue(rel: string, text: string): string;
  /** The file a handed-out version token belongs to. */
  issuedFor(version: string): string | undefined;
  versionOf(rel: string, text: string): string;
  readStandard(abs: string): Promise<{ text: string; bom: boolean } | undefined>;
  currentBaseline(): Promise<Baseline | undefined>;
  /** The findings the baseline accepts marked `baselined`, as the command line marks them. */
  applyBaseline(
    abs: string,
    messages: LintMessage[],
    baseline?: Baseline,
  ): Array<LintMessage & { baselined?: boolean }>;
  listStandards(): Promise<unknown[]>;
  basesOf(abs: string): Promise<unknown>;
  baseText(abs: string, ref?: string): Promise<string>;
  committedVersion(abs: string): Promise<string | undefined>;
  /** The pools: `interactive` for checks and renders, `imports` for imports (so an import never holds up a check). */
  pools: { interactive: WorkerPool; imports: WorkerPool };
  /** How long a job may run in its worker (ms). */
  limitMs: number;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const json = (): BodySpec => ({
  type: 'json',
  limit: maxBody,
  accept: ['application/json'],
  acceptMessage: 'Forespørgslen skal sendes som JSON (content-type: application/json).',
});

/** The file types an imported document may be sent as (or none: the importer looks at the content). */
const importTypes = [
  '',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'text/plain',
  'text/markdown',
];

/** A duration in Danish: "20 sekunder", "1 sekund", "1,5 sekunder", "50 millisekunder". */
function duration(ms: number): string {
  if (ms < 1000) return `${ms} ${ms === 1 ? 'millisekund' : 'millisekunder'}`;
  const s = ms / 1000;
  return `${s.toLocaleString('da-DK', { maximumFractionDigits: 1 })} ${s === 1 ? 'sekund' : 'sekunder'}`;
}

/**
 * Runs a job in a worker of `pool`. `what` names the work and its file in Danish ("Importen af
 * Bostøtte.docx"), for the refusal when the worker passes the time limit (504) or stops (503).
 */
async function work<K extends Job['kind']>(
  ctx: StudioContext,
  pool: WorkerPool,
  job: Extract<Job, { kind: K }>,
  what: string,
  transfer: ArrayBuffer[] = [],
): Promise<JobResults[K]> {
  try {
    return await pool.run(job, transfer);
  } catch (error) {
    const nothingSaved = job.kind === 'import' ? ' Intet er gemt.' : '';
    if (error instanceof WorkTimeout)
      throw new HttpError(
        504,
        `${what} tog mere end ${duration(ctx.limitMs)} og blev stoppet. Filen er for stor eller for indviklet til studiet.${nothingSaved}`,
      );
    if (error instanceof WorkCrashed)
      throw new HttpError(
        503,
        error.outOfMemory
          ? `${what} brugte mere hukommelse, end studiet tillader, og blev stoppet. Filen er for stor eller for indviklet til studiet.${nothingSaved}`
          : `${what} mislykkedes, fordi studiets arbejdstråd stoppede uventet. Prøv igen.${nothingSaved}`,
      );
    // The file's own fault, told in Danish: an import refused, or a standard too deep to read.
    if (error instanceof WorkFailed && (error.name === 'ImportError' || error.name === 'UnreadableStandardError'))
      throw new HttpError(422, error.message);
    throw error;
  }
}

const docxHeaders = (file: string) => ({
  'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'content-disposition': `attachment; filename="${file.replace(/[^\w.æøåÆØÅ-]/g, '_')}"`,
});

/** The text field of a request, which must be a string. */
function textOf(req: Request): string {
  const { text } = req.json;
  if (typeof text !== 'string') throw new HttpError(400, 'Teksten mangler.');
  return text;
}

// ---------------------------------------------------------------- the page and its files

async function getPage(ctx: StudioContext): Promise<Reply> {
  const html = (await readFile(join(ctx.publicDir, 'index.html'), 'utf8'))
    .replace('<!--IMPORTMAP-->', `<script type="importmap">${JSON.stringify({ imports: ctx.importMap })}</script>`)
    .replace('%IMPORT_EXTENSIONS%', importExtensions.join(','));
  return {
    status: 200,
    payload: html,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy':
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' data: blob:; connect-src 'self'",
    },
  };
}

async function getAsset(ctx: StudioContext, req: Request): Promise<Reply> {
  const name = req.url.pathname.slice(1);
  return {
    status: 200,
    payload: await readFile(join(ctx.publicDir, name), 'utf8'),
    headers: { 'content-type': types[extname(name)]! },
  };
}

/** An ES module of an editor package, through the import map (only the packages it names, only .js). */
async function getVendorModule(ctx: StudioContext, req: Request): Promise<Reply> {
  let rel: string;
  try {
    rel = decodeURIComponent(req.url.pathname.slice('/vendor/'.length));
  } catch {
    throw new HttpError(400, 'Adressen er ugyldig.');
  }
  const name = Object.keys(ctx.importMap).find((n) => rel.startsWith(`${n}/`));
  const file = resolve(ctx.modulesRoot, rel);
  if (!name || !file.startsWith(resolve(ctx.modulesRoot, name) + sep) || extname(file) !== '.js')
    throw new HttpError(404, 'Ikke fundet.');
  return {
    status: 200,
    payload: await readFile(file, 'utf8'),
    headers: { 'content-type': types['.js']!, 'cache-control': 'max-age=3600' },
  };
}

// ---------------------------------------------------------------- the list and the folders

async function getStandards(ctx: StudioContext): Promise<Reply> {
  return { status: 200, payload: { root: basename(ctx.root), standards: await ctx.listStandards() } };
}

async function getBases(ctx: StudioContext, req: Request): Promise<Reply> {
  return {
    status: 200,
    payload: await ctx.basesOf(await ctx.inside(req.url.searchParams.get('path'), { mustExist: false })),
  };
}

/** The folders an imported file can go to: the root and the folders under it (not hidden ones). */
async function getFolders(ctx: StudioContext): Promise<Reply> {
  const folders = (await findFolders(ctx.root)).map(ctx.relPath).sort((a, b) => a.localeCompare(b, 'da'));
  return { status: 200, payload: { root: basename(ctx.root), folders: ['', ...folders] } };
}

async function getExists(ctx: StudioContext, req: Request): Promise<Reply> {
  const abs = await ctx.inside(req.url.searchParams.get('path'), { mustExist: false });
  const folder = await stat(dirname(abs)).catch(() => undefined);
  return {
    status: 200,
    payload: {
      path: ctx.relPath(abs),
      exists: (await stat(abs).catch(() => undefined)) !== undefined,
      folderExists: folder?.isDirectory() === true,
    },
  };
}

// ---------------------------------------------------------------- one standard

async function getFile(ctx: StudioContext, req: Request): Promise<Reply> {
  const abs = await ctx.inside(req.url.searchParams.get('path'), { mustExist: true });
  const { text } = (await ctx.readStandard(abs))!;
  const rel = ctx.relPath(abs);
  return {
    status: 200,
    payload: {
      path: rel,
      text,
      version: ctx.issue(rel, text),
      committed: (await ctx.committedVersion(abs)) !== undefined,
    },
  };
}

/**
 * A save carries the path and the version token the page got when it read (or last saved) that
 * path. The token is bound to the path and the text, so it is refused when it was handed out for
 * another file (text loaded for one standard never overwrites another) or when the file changed
 * on disk since.
 */
async function putFile(ctx: StudioContext, req: Request): Promise<Reply> {
  const { path, version } = req.json;
  const text = textOf(req);
  // The limit every command reads standards with, checked before anything is written.
  const size = Buffer.byteLength(text);
  if (size > maxFileBytes)
    throw new HttpError(
      413,
      `Teksten fylder ${formatSize(size, maxFileBytes)}; en kvalitetsstandard må højst fylde ${formatSize(maxFileBytes)}. Intet er gemt.`,
    );
  if (version !== undefined && typeof version !== 'string') throw new HttpError(400, 'Versionen er ugyldig.');
  const abs = await ctx.inside(path, { mustExist: false });
  const rel = ctx.relPath(abs);
  const owner = version === undefined ? undefined : ctx.issuedFor(version);
  if (owner !== undefined && owner !== rel) {
    throw new HttpError(
      409,
      `Teksten blev indlæst fra en anden fil (${owner}) end den, der skulle gemmes (${rel}). Intet er gemt; åbn ${rel} igen.`,
    );
  }
  const current = await ctx.readStandard(abs);
  if (current !== undefined && version === undefined)
    throw new HttpError(409, `Filen ${rel} findes allerede. Åbn den i studiet, før du gemmer.`);
  if (current !== undefined && version !== ctx.versionOf(rel, current.text)) {
    throw new HttpError(
      409,
      'Filen er ændret uden for studiet, siden du åbnede den. Dine ændringer er ikke gemt; kopiér dem, genindlæs filen og indsæt dem igen.',
    );
  }
  if (current === undefined && version !== undefined)
    throw new HttpError(409, 'Filen er slettet uden for studiet, siden du åbnede den.');
  // Compared and saved as the text the page shows; a byte-order mark the file had is kept.
  await writeFileAtomic(abs, (current?.bom ? '\uFEFF' : '') + text, { root: ctx.root });
  return { status: 200, payload: { path: rel, version: ctx.issue(rel, text) } };
}

async function postLint(ctx: StudioContext, req: Request): Promise<Reply> {
  const abs = await ctx.inside(req.json['path'], { mustExist: false });
  const text = textOf(req);
  const rel = ctx.relPath(abs);
  const baseline = await ctx.currentBaseline();
  const started = performance.now();
  const { messages, cpuMs } = await work(
    ctx,
    ctx.pools.interactive,
    { kind: 'lint', file: abs, rel, text },
    `Tjekket af ${rel}`,
  );
  // How long the check took, in wall-clock (here, worker included) and in the worker's CPU time
  // (for npm run bench:studio on a busy machine).
  return {
    status: 200,
    payload: { messages: ctx.applyBaseline(abs, messages, baseline) },
    headers: {
      'server-timing': `lint;dur=${(performance.now() - started).toFixed(1)}, cpu;dur=${cpuMs.toFixed(1)}`,
    },
  };
}

async function postRender(ctx: StudioContext, req: Request): Promise<Reply> {
  const { path, kind, base } = req.json;
  if (!renderKinds.includes(kind as RenderKind))
    throw new HttpError(400, 'Ukendt dokumenttype; brug preview, docx, docx-track eller publication.');
  const as = kind as RenderKind;
  const abs = await ctx.inside(path, { mustExist: false });
  const text = textOf(req);
  const rel = ctx.relPath(abs);
  const name = basename(abs, '.md');
  const old =
    as === 'publication' ? '' : await ctx.baseText(abs, typeof base === 'string' && base !== '' ? base : 'HEAD');
  const out = await work(
    ctx,
    ctx.pools.interactive,
    { kind: 'render', file: abs, as, text, old },
    `Dannelsen af dokumentet for ${rel}`,
  );
  if ('html' in out) return { status: 200, payload: out.html, headers: { 'content-type': 'text/html; charset=utf-8' } };
  const file = as === 'publication' ? `${name}.docx` : `aendring-${name}${as === 'docx-track' ? '-sporede' : ''}.docx`;
  return { status: 200, payload: out.bytes, headers: docxHeaders(file) };
}

// ---------------------------------------------------------------- import

/**
 * Imports a Word, PDF or text file sent as the body. Where the user chose (`to`: folder and
 * name) is checked before the import and refused when a file is there already; without a
 * choice, a new name next to the others. The import runs in a worker with the time limit; the
 * result is written atomically and only as a new file, never over one.
 */
async function postImport(ctx: StudioContext, req: Request): Promise<Reply> {
  const fileName = basename(String(req.url.searchParams.get('name') ?? 'import.docx'));
  const to = req.url.searchParams.get('to');
  const chosen = to === null ? undefined : await ctx.inside(to, { mustExist: false });
  if (chosen) {
    const rel = ctx.relPath(chosen);
    if (!(await stat(dirname(chosen)).catch(() => undefined))?.isDirectory())
      throw new HttpError(400, `Mappen til ${rel} findes ikke.`);
    if (await stat(chosen).catch(() => undefined))
      throw new HttpError(409, `${rel} findes allerede; vælg et andet navn.`);
  }
  const bytes = req.bytes;
  const result = await work(
    ctx,
    ctx.pools.imports,
    { kind: 'import', name: fileName, bytes },
    `Importen af ${fileName}`,
    [bytes.buffer as ArrayBuffer],
  );
  let target: string;
  if (chosen) {
    target = chosen;
    if (!(await writeNew(ctx, chosen, result.markdown)))
      throw new HttpError(409, `${ctx.relPath(chosen)} findes allerede; vælg et andet navn.`);
  } else {
    const stem =
      fileName
        .replace(/\.[^.]+$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9æøå-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'import';
    target = join(ctx.root, `${stem}.md`);
    for (let n = 2; !(await writeNew(ctx, target, result.markdown)); n++) {
      if (n > 1000) throw new HttpError(409, `Der findes allerede for mange filer, der hedder ${stem}-N.md.`);
      target = join(ctx.root, `${stem}-${n}.md`);
    }
  }
  return {
    status: 201,
    payload: { path: ctx.relPath(target), sections: result.sections, notices: result.notices, guessed: result.guessed },
  };
}

/** Writes a new file atomically, never over an existing one: true when written, false when the name is taken. */
async function writeNew(ctx: StudioContext, abs: string, text: string): Promise<boolean> {
  try {
    await writeFileAtomic(abs, text, { exclusive: true, root: ctx.root });
    return true;
  } catch (error) {
    if (error instanceof WriteError && error.code === 'EEXIST') return false;
    throw error;
  }
}

/** The route table: method, path, handler and what the body may be. */
export const routes: ReadonlyArray<Route<StudioContext>> = [
  { method: 'GET', path: '/', handler: getPage },
  { method: 'GET', path: '/index.html', handler: getPage },
  ...['/app.js', '/frontmatter.js', '/styles.css', '/favicon.svg'].map(
    (path): Route<StudioContext> => ({ method: 'GET', path, handler: getAsset }),
  ),
  { method: 'GET', path: '/vendor/', handler: getVendorModule },
  { method: 'GET', path: '/api/standards', handler: getStandards },
  { method: 'GET', path: '/api/bases', handler: getBases },
  { method: 'GET', path: '/api/folders', handler: getFolders },
  { method: 'GET', path: '/api/exists', handler: getExists },
  { method: 'GET', path: '/api/file', handler: getFile },
  { method: 'PUT', path: '/api/file', handler: putFile, body: json() },
  { method: 'POST', path: '/api/lint', handler: postLint, body: json() },
  { method: 'POST', path: '/api/render', handler: postRender, body: json() },
  {
    method: 'POST',
    path: '/api/import',
    handler: postImport,
    body: {
      type: 'bytes',
      limit: maxBody,
      accept: importTypes,
      acceptMessage: 'Filen skal sendes som rå bytes (content-type: application/octet-stream).',
    },
  },
];
