// npm run pack:cli [-- --out DIR]: one installable tarball of the command `kvalitet`.
//
// The workspace packages (@kvalitet/model, parser, lint, …) are not published on their own, so a
// plain `npm pack -w @kvalitet/cli` gives a tarball whose dependencies cannot be found. This
// script packs every workspace package the CLI needs with npm pack (so each keeps exactly its
// `files`: the rule docs of lint, the studio's public/ assets, the schemas) and puts them inside
// the CLI's tarball as bundled dependencies; their third-party dependencies become the CLI's own,
// pinned to the versions of this repository's package-lock.json. `npm install kvalitet-cli-X.tgz`
// (also --global) in an empty folder then takes those from the registry.
//
// lockfileFor() gives the package-lock.json for such a folder, so the install can also run with
// --offline from npm's cache (the test does). (An npm-shrinkwrap.json inside the tarball would not
// do: npm reads it only for packages installed from a registry.)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const registry = 'https://registry.npmjs.org/';

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
  bundleDependencies?: string[];
  scripts?: Record<string, string>;
  [key: string]: unknown;
}
interface LockEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The workspace packages by name, with their folders. */
function workspaces(): Map<string, { dir: string; manifest: Manifest }> {
  const rootManifest = readJson<{ workspaces: string[] }>(join(root, 'package.json'));
  const out = new Map<string, { dir: string; manifest: Manifest }>();
  for (const dir of rootManifest.workspaces) {
    const manifest = readJson<Manifest>(join(root, dir, 'package.json'));
    out.set(manifest.name, { dir, manifest });
  }
  return out;
}

/** The internal packages the CLI needs, directly or through each other. */
function internalClosure(all: Map<string, { manifest: Manifest }>, start: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const dep of Object.keys(all.get(name)!.manifest.dependencies ?? {})) if (all.has(dep)) visit(dep);
  };
  visit(start);
  seen.delete(start);
  return [...seen].sort();
}

/** The lock path `name` resolves to from the package at lock path `from`, as Node resolves it. */
function resolveIn(lock: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base ? base + '/' : ''}node_modules/${name}`;
    if (lock[candidate] && !lock[candidate].link) return candidate;
    if (!base) return undefined;
    const i = base.lastIndexOf('/node_modules/');
    base = i >= 0 ? base.slice(0, i) : '';
  }
}

/** The tarball address npm would use for a registry package. */
function tarballUrl(name: string, version: string): string {
  return `${registry}${name}/-/${basename(name)}-${version}.tgz`;
}

/**
 * A package-lock.json for a folder whose package.json depends on the packed CLI under `spec`
 * (e.g. "file:../kvalitet-cli-0.1.0.tgz"): the CLI with its bundled packages, and every
 * third-party package they need at run time, in the version this repository's package-lock.json
 * has, below the CLI's folder. `npm ci --offline` in that folder then installs the tarball
 * from npm's cache alone, with the versions our tests ran against.
 */
export function lockfileFor(spec: string): Record<string, unknown> {
  const all = workspaces();
  const cli = all.get('@kvalitet/cli')!;
  const internal = internalClosure(all, '@kvalitet/cli').map((n) => all.get(n)!);
  const manifest = packedManifest(cli.manifest, internal, all);
  const lock = readJson<{ packages: Record<string, LockEntry> }>(join(root, 'package-lock.json')).packages;
  const packages: Record<string, LockEntry> = {};
  const queue: Array<[from: string, name: string, optional: boolean]> = [];
  const internalNames = new Set(internal.map((p) => p.manifest.name));
  const wants = (
    from: string,
    entry: Pick<LockEntry, 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'peerDependenciesMeta'>,
  ) => {
    for (const name of Object.keys(entry.dependencies ?? {}))
      if (!internalNames.has(name)) queue.push([from, name, false]);
    for (const name of Object.keys(entry.optionalDependencies ?? {})) queue.push([from, name, true]);
    for (const name of Object.keys(entry.peerDependencies ?? {}))
      if (!entry.peerDependenciesMeta?.[name]?.optional) queue.push([from, name, false]);
  };
  const { name, version, dependencies, bundleDependencies, bin, engines } = manifest;
  if (!name) throw new Error('the CLI has no name');
  packages[`node_modules/${name}`] = {
    version,
    resolved: spec,
    dependencies,
    bundleDependencies,
    bin,
    engines,
  } as LockEntry;
  for (const p of internal) {
    packages[`node_modules/${name}/node_modules/${p.manifest.name}`] = { version: p.manifest.version, inBundle: true };
    wants(p.dir, p.manifest);
  }
  wants(cli.dir, cli.manifest);
  while (queue.length > 0) {
    const [from, dep, optional] = queue.shift()!;
    const at = resolveIn(lock, from, dep);
    if (!at) {
      if (optional) continue;
      throw new Error(`${dep} (needed by ${from}) is missing from package-lock.json; run npm install first.`);
    }
    // Below the CLI, as a global install places them (the harder case: next to the bundled packages).
    const place = `node_modules/${name}/${at}`;
    if (packages[place]) continue;
    const { dev: _dev, devOptional, peer: _peer, ...entry } = lock[at]!;
    const packageName = at.slice(at.lastIndexOf('node_modules/') + 'node_modules/'.length);
    packages[place] = {
      ...entry,
      ...(devOptional ? { optional: true } : {}),
      resolved: entry.resolved ?? tarballUrl(packageName, entry.version!),
    };
    wants(at, entry);
  }
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)));
  return {
    name: 'kvalitet-install',
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name: 'kvalitet-install', dependencies: { [name]: spec } }, ...sorted },
  };
}

/** The package.json of the packed CLI: the internal packages bundled, their third-party dependencies its own. */
function packedManifest(cli: Manifest, internal: Array<{ manifest: Manifest }>, all: Map<string, unknown>): Manifest {
  const dependencies: Record<string, string> = {};
  for (const p of [cli, ...internal.map((i) => i.manifest)]) {
    for (const [name, range] of Object.entries(p.dependencies ?? {})) {
      if (all.has(name)) continue;
      if (dependencies[name] !== undefined && dependencies[name] !== range)
        throw new Error(
          `${p.name} asks for ${name}@${range}, another package for ${dependencies[name]}; use one range.`,
        );
      dependencies[name] = range;
    }
  }
  // Exactly the versions this repository's lock has (and its tests ran against): a newer minor
  // version of a dependency is not always compatible (unpdf 1.8 broke the PDF import).
  const lock = readJson<{ packages: Record<string, LockEntry> }>(join(root, 'package-lock.json')).packages;
  for (const name of Object.keys(dependencies)) {
    const version = lock[`node_modules/${name}`]?.version;
    if (!version) throw new Error(`${name} is missing from package-lock.json; run npm install first.`);
    dependencies[name] = version;
  }
  for (const p of internal) dependencies[p.manifest.name] = p.manifest.version;
  const manifest: Manifest = { ...cli };
  delete manifest.devDependencies;
  delete manifest.scripts;
  manifest.dependencies = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  manifest.bundleDependencies = internal.map((i) => i.manifest.name);
  return manifest;
}

/** npm pack of workspaces of this repository (or of the folder `cwd`) into `into`; returns the tarballs by package name. */
function npmPack(into: string, folders: string[], cwd = root): Map<string, string> {
  const args = ['pack', '--json', '--ignore-scripts', '--pack-destination', into, ...folders.flatMap((f) => ['-w', f])];
  const out = execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return new Map(
    (JSON.parse(out) as Array<{ name: string; filename: string }>).map((info) => [
      info.name,
      join(into, info.filename),
    ]),
  );
}

/** Unpacks an npm tarball (its package/ folder) into `dir`. */
function unpack(tarball: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
}

/** Builds the tarball; returns its path. */
export function packCli(outDir: string): string {
  const all = workspaces();
  const cli = all.get('@kvalitet/cli');
  if (!cli) throw new Error('@kvalitet/cli is not a workspace');
  const internalNames = internalClosure(all, '@kvalitet/cli');
  const internal = internalNames.map((n) => all.get(n)!);
  const work = mkdtempSync(join(tmpdir(), 'kvalitet-pack-'));
  try {
    const stage = join(work, 'package');
    // One npm process for all of them: npm starts slowly.
    const tarballs = npmPack(work, [cli.dir, ...internal.map((p) => p.dir)]);
    unpack(tarballs.get(cli.manifest.name)!, stage);
    for (const p of internal) {
      const dir = join(stage, 'node_modules', p.manifest.name);
      unpack(tarballs.get(p.manifest.name)!, dir);
      // npm counts every package that a bundled package depends on as part of the bundle, and
      // then does not install it (it did not for a global install). So the bundled copies
      // declare no dependencies: the CLI declares their third-party ones, and Node finds those
      // (and the bundled siblings) by walking up the folders, as always.
      const manifest = readJson<Manifest>(join(dir, 'package.json'));
      delete manifest.dependencies;
      delete manifest.peerDependencies;
      delete manifest.peerDependenciesMeta;
      delete manifest.devDependencies;
      delete manifest.scripts;
      writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    }

    writeFileSync(
      join(stage, 'package.json'),
      JSON.stringify(packedManifest(cli.manifest, internal, all), null, 2) + '\n',
    );

    mkdirSync(outDir, { recursive: true });
    const [tarball] = npmPack(work, [], stage).values();
    const target = join(outDir, basename(tarball!));
    rmSync(target, { force: true });
    try {
      renameSync(tarball!, target);
    } catch {
      cpSync(tarball!, target);
    }
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: '.' } } });
  const target = packCli(resolve(values.out));
  process.stdout.write(`${target}\n`);
}
