// Node 24 is needed and said so in Danish; installing on an older Node (npm runs on the system's
// Node) does not flood the screen with engine warnings.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run-cli.js';

/** A `node` on PATH older than 24 (the system's), if there is one. */
function olderNode(): string | undefined {
  const found = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const path of found) {
    const version = spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (/^v(\d+)/.exec(version) && Number(/^v(\d+)/.exec(version)![1]) < 24) return path;
  }
  return undefined;
}
const old = olderNode();

describe.skipIf(old === undefined)('started by an older Node', () => {
  for (const entry of ['packages/cli/bin/kvalitet.js', 'packages/cli/dist/bin.js'])
    it(`${entry} says in Danish that Node 24 is needed, without a SyntaxError`, () => {
      const r = spawnSync(old!, [join(repoRoot, entry), 'lint', 'standards'], { cwd: repoRoot, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^kvalitet kræver Node 24 eller nyere, men blev startet med Node \d+\./);
      expect(r.stderr).not.toMatch(/SyntaxError|Error:|\bat file:/);
    });
});

describe('npm ci', () => {
  const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
  it.skipIf(npm.status !== 0)(
    'prints no engine warnings, while every package still requires Node 24',
    async () => {
      // The manifests and the lock file in a fresh folder; --dry-run installs nothing.
      const dir = await mkdtemp(join(tmpdir(), 'kvalitet-npm-ci-'));
      const root = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as {
        workspaces: string[];
        engines: { node: string };
        devDependencies: Record<string, string>;
      };
      for (const f of ['package.json', 'package-lock.json', '.npmrc']) await cp(join(repoRoot, f), join(dir, f));
      for (const w of root.workspaces) {
        await mkdir(join(dir, w), { recursive: true });
        await cp(join(repoRoot, w, 'package.json'), join(dir, w, 'package.json'));
      }
      // npm as a developer starts it: on PATH's Node, whichever that is.
      const r = spawnSync('npm', ['ci', '--dry-run', '--no-audit', '--no-fund'], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          PATH: process.env['PATH']!.split(':')
            .filter((p) => !p.includes('node_modules'))
            .join(':'),
        },
      });
      expect(r.status, r.stderr).toBe(0);
      const output = `${r.stdout}${r.stderr}`;
      expect(output).not.toContain('EBADENGINE');
      expect(output.split('\n').filter((l) => /^npm (warn|WARN)/.test(l))).toEqual([]);
      // The guarantee itself is unchanged: Node 24 for the project, for each package and for its scripts.
      expect(root.engines.node).toBe('>=24');
      expect(root.devDependencies['node']).toMatch(/^\^24\./);
      for (const w of root.workspaces.filter((w) => w !== 'tests')) {
        const pkg = JSON.parse(await readFile(join(repoRoot, w, 'package.json'), 'utf8')) as {
          engines?: { node?: string };
        };
        expect(pkg.engines?.node, w).toBe('>=24');
      }
    },
    120_000,
  );
});
