// The hostile sweep (issue 15): every generated hostile input through every command of the
// built CLI. For each run: it ends (no hang), exits 0, 1 or 2, shows no stack trace and no English,
// names the file when it refuses it, changes no input, leaves no temporary file, and writes nothing
// but the output it was asked for (and that only when it succeeded).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoTrace, fixable, runCli } from './helpers.js';
import { docx, growingQuotes, indentedList, lyingZipBomb, nestedListMarkers, plainLines } from './inputs.js';

/** Deterministic "random" bytes (a linear congruential generator), so a failure can be replayed. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const standardBody = '# Bostøtte\n\n## Formål\n\nBorgeren får hjælp til at mestre sit eget liv.\n';

/** The hostile inputs: file name → content (a FIFO is made separately). */
const inputs: Record<string, Uint8Array | string> = {
  'bombe.docx': lyingZipBomb(128),
  'ikke-zip.docx': noise(40_000, 7),
  'doctype-sent.docx': docx(
    `<?xml version="1.0"?><!--${' '.repeat(8000)}--><!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`,
  ),
  'liste-markoerer.md': nestedListMarkers(5000),
  'indrykket-liste.md': indentedList(1000),
  'voksende-citater.md': growingQuotes(2000),
  'utf16-uden-bom.md': Buffer.from(standardBody, 'utf16le'),
  'binaer.md': noise(20_000, 11),
  'yaml-bombe.md': `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n${standardBody}`,
  'ukendt-frontmatter.md': `---\ntype: kvalitetsstandard\nparagraffer: 85\nfarve: blå\nstatus: [1, 2]\n---\n${standardBody}`,
  'ødelagt-markdown.md': `${standardBody}\n\`\`\`\nuafsluttet kodeblok\n| a | b\n|---\n<div><span>\n[link](\n${'*'.repeat(3000)}\n`,
  'for-stor.md': `${standardBody}\n${'Borgeren kan få hjælp til indkøb og rengøring i hjemmet. '.repeat(110_000)}\n`,
  'tom.md': '',
  'latin1.md': Buffer.from(standardBody, 'latin1'),
  'mange-linjer.txt': plainLines(5000),
  'uendelig-dybde.json.md': `${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
};

/** Every command, as a function of the input's path: its arguments and the one output it may write. */
const commands: Array<{ name: string; args: (f: string) => string[]; output?: (f: string) => string }> = [
  { name: 'lint', args: (f) => ['lint', f, '--no-baseline', '--today', '2026-11-22'] },
  {
    name: 'lint --format sarif',
    args: (f) => ['lint', f, '--no-baseline', '--format', 'sarif', '--today', '2026-11-22'],
  },
  { name: 'lint --fix', args: (f) => ['lint', f, '--fix', '--no-baseline', '--today', '2026-11-22'] },
  { name: 'parse', args: (f) => ['parse', f] },
  { name: 'parse --format summary', args: (f) => ['parse', f, '--format', 'summary'] },
  { name: 'import', args: (f) => ['import', f, '-o', `ud/${basename(f)}.md`], output: (f) => `ud/${basename(f)}.md` },
  {
    name: 'render publication',
    args: (f) => ['render', 'publication', f, '-o', `ud/${basename(f)}.docx`],
    output: (f) => `ud/${basename(f)}.docx`,
  },
  {
    name: 'render changes',
    args: (f) => ['render', 'changes', '--from', 'god.md', '--to', f, '-o', `ud/${basename(f)}-changes.docx`],
    output: (f) => `ud/${basename(f)}-changes.docx`,
  },
];

/** Words that show English reached the user (the project's output is Danish). */
const english =
  /\b(the|is|not|cannot|could|error|failed|invalid|unexpected|must|should|undefined|null|Maximum call stack|heap)\b/i;

/** Every file under `dir` (links not followed) with a hash of its content. */
function listing(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = lstatSync(path);
      if (st.isDirectory()) walk(path);
      else
        out.set(
          relative(dir, path),
          st.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : `special:${st.mode}`,
        );
    }
  };
  walk(dir);
  return out;
}

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kvalitet-feje-'));
  await mkdir(join(root, 'ud'));
  await writeFile(join(root, 'god.md'), fixable);
  for (const [name, content] of Object.entries(inputs)) await writeFile(join(root, name), content);
  execFileSync('mkfifo', [join(root, 'fifo.md')]);
});

describe('every command over every hostile input', () => {
  for (const name of [...Object.keys(inputs), 'fifo.md']) {
    it(name, async () => {
      const problems: string[] = [];
      for (const command of commands) {
        const before = listing(root);
        const r = runCli(command.args(name), { cwd: root, timeoutMs: 30_000 });
        const label = `${command.name} ${name}`;
        const shown = `${r.stderr}\n${command.name.startsWith('parse') && r.status !== 2 ? '' : r.stdout}`;
        if (r.signal || r.status === null) {
          problems.push(`${label}: endte ikke (signal ${r.signal})`);
          continue;
        }
        if (![0, 1, 2].includes(r.status)) problems.push(`${label}: afslutningskode ${r.status}`);
        try {
          expectNoTrace(shown);
        } catch {
          problems.push(`${label}: stakspor eller intern fejl: ${shown.slice(0, 300)}`);
        }
        const word = english.exec(r.stderr);
        if (word) problems.push(`${label}: engelsk i fejlteksten ("${word[0]}"): ${r.stderr.slice(0, 300)}`);
        if (r.status === 2 && !r.stderr.includes(name))
          problems.push(`${label}: fejlen nævner ikke filen: ${r.stderr}`);
        if (r.status !== 2 && !(r.stdout + r.stderr).trim()) problems.push(`${label}: intet svar`);

        const after = listing(root);
        const allowed = command.output?.(name);
        for (const [path, hash] of after) {
          if (!before.has(path) && !(path === allowed && r.status !== 2))
            problems.push(`${label}: skrev ${path}${path === allowed ? ' trods fejl' : ''}`);
          else if (before.has(path) && before.get(path) !== hash && path !== allowed)
            problems.push(`${label}: ændrede ${path}`);
        }
        for (const path of before.keys()) if (!after.has(path)) problems.push(`${label}: fjernede ${path}`);
        if (allowed && existsSync(join(root, allowed))) await rm(join(root, allowed));
      }
      expect(problems).toEqual([]);
    }, 300_000);
  }
});
