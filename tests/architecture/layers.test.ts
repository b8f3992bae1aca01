// The packages' layers, as ARCHITECTURE.md draws them: each package may use only the packages
// below it. Checked twice: in each package.json (what npm installs) and in the source's import
// statements (what the code really uses), including relative paths that climb into a neighbour.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Who may use whom. Anything not listed is an arrow back or sideways. */
const allowed: Record<string, string[]> = {
  model: [],
  language: ['model'],
  schemas: ['language'],
  parser: ['model', 'language', 'schemas'],
  lint: ['model', 'language', 'parser', 'schemas'],
  render: ['model', 'language', 'parser'],
  import: ['model', 'language', 'parser'],
  node: ['model', 'language', 'parser', 'schemas', 'lint', 'render', 'import'],
  studio: ['model', 'language', 'parser', 'schemas', 'lint', 'render', 'import', 'node'],
  cli: ['model', 'language', 'parser', 'schemas', 'lint', 'render', 'import', 'node', 'studio'],
};

const packageDirs: Record<string, string> = Object.fromEntries(
  Object.keys(allowed).map((name) => [name, name === 'schemas' ? 'schemas' : `packages/${name}`]),
);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The module specifiers a file imports (static, dynamic and re-exports). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** The packages of this repository that one import names, or that a relative import climbs into. */
function packageOfImport(specifier: string, fromFile: string): string | undefined {
  const scoped = /^@kvalitet\/([^/]+)/.exec(specifier);
  if (scoped) return scoped[1];
  if (!specifier.startsWith('.')) return undefined;
  const target = resolve(dirname(fromFile), specifier);
  for (const [name, dir] of Object.entries(packageDirs)) {
    if (target === resolve(repoRoot, dir) || target.startsWith(resolve(repoRoot, dir) + sep)) return name;
  }
  return undefined;
}

/** Violations in one package's files: imports of packages it may not use. */
function violations(name: string, files: { path: string; source: string }[]): string[] {
  const out: string[] = [];
  for (const { path, source } of files) {
    for (const specifier of importsOf(source)) {
      const used = packageOfImport(specifier, path);
      if (!used || used === name) continue;
      if (!allowed[name]!.includes(used)) out.push(`${relative(repoRoot, path)} → @kvalitet/${used}`);
    }
  }
  return out;
}

describe('package layers', () => {
  for (const [name, dir] of Object.entries(packageDirs)) {
    it(`${name}: package.json lists only packages below it`, () => {
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
      const ours = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })
        .filter((dep) => dep.startsWith('@kvalitet/'))
        .map((dep) => dep.slice('@kvalitet/'.length));
      expect(ours.filter((dep) => !allowed[name]!.includes(dep))).toEqual([]);
    });

    it(`${name}: its source imports only packages below it, and only ones it declares`, () => {
      const srcDir = join(repoRoot, dir, 'src');
      const files = sourceFiles(srcDir).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
      expect(files.length).toBeGreaterThan(0);
      expect(violations(name, files)).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
      const declared = new Set(Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }));
      const undeclared = new Set<string>();
      for (const { path, source } of files) {
        if (/\.test\.ts$/.test(path)) continue;
        for (const specifier of importsOf(source)) {
          const scoped = /^(@kvalitet\/[^/]+)/.exec(specifier);
          if (scoped && scoped[1] !== `@kvalitet/${name}` && !declared.has(scoped[1]!)) undeclared.add(scoped[1]!);
        }
      }
      expect([...undeclared]).toEqual([]);
    });
  }

  it('the check itself sees a backward, a sideways and a climbing import', () => {
    const parserFile = join(repoRoot, 'packages/parser/src/example.ts');
    const files = [
      { path: parserFile, source: "import { lint } from '@kvalitet/lint';\nexport * from './own.js';" },
      { path: parserFile, source: "const m = await import('../../render/src/index.js');" },
      { path: parserFile, source: "import '@kvalitet/model';\nimport { x } from 'node:fs';" },
    ];
    expect(violations('parser', files)).toEqual([
      'packages/parser/src/example.ts → @kvalitet/lint',
      'packages/parser/src/example.ts → @kvalitet/render',
    ]);
    expect(
      violations('render', [{ path: join(repoRoot, 'packages/render/src/x.ts'), source: "from '@kvalitet/import'" }]),
    ).toEqual(['packages/render/src/x.ts → @kvalitet/import']);
  });
});
