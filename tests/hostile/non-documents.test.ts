// What is not a document is named, never hangs and never stops the others (issue 15, point 11).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '@kvalitet/parser';
import { expectNoTrace, fixable, makeRepo, runCli, today } from './helpers.js';

describe('non-documents', () => {
  it('a FIFO named x.md: a folder lint skips it, a named one is refused; no hang', async () => {
    const dir = await makeRepo({ 'standards/a.md': fixable });
    execFileSync('mkfifo', [join(dir, 'standards', 'x.md')]);
    const all = runCli(['lint', '--no-baseline', ...today], { cwd: dir });
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('complaint-deadline');
    const named = runCli(['lint', 'standards/x.md', 'standards/a.md', '--no-baseline', ...today], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('fejl: standards/x.md: er ikke en almindelig fil');
    expect(named.stdout).toContain('complaint-deadline');
    expectNoTrace(named.stderr);
  }, 60_000);

  it('names UTF-16 without a byte-order mark', async () => {
    for (const [bytes, order] of [
      [Buffer.from('# Bostøtte\n\nFormål: hjælp i hjemmet.\n', 'utf16le'), 'little-endian'],
      [Buffer.from('# Bostøtte\n\nFormål: hjælp i hjemmet.\n', 'utf16le').swap16(), 'big-endian'],
    ] as const) {
      const r = decodeText(new Uint8Array(bytes), 'u.md');
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(r.message).toBe(
          `u.md: filen er gemt som UTF-16 (${order}) uden byte-order-mærke og kan ikke læses sikkert; gem den som UTF-8.`,
        );
    }
  });

  it('still calls other binary data binary', () => {
    const r = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3, 4]), 'b.md');
    expect(!r.ok && r.message).toMatch(/binære data/);
  });
});
