// Shared pieces of the hostile-input suite: a studio on a temporary root and plain HTTP
// requests to it, and checks that output is Danish and free of stack traces.
import { afterEach, expect } from 'vitest';
import { startStudio, type Studio, type StudioOptions } from '@kvalitet/studio';

export { runCli } from '../helpers/run-cli.js';
export { makeRepo, git } from '../helpers/git.js';

export const today = ['--today', '2026-11-22'];

/** A standard with one safe fix (a complaint deadline of 14 days becomes 4 weeks). */
export const fixable =
  '---\ntype: kvalitetsstandard\nparagraffer: [SEL § 85]\n---\n# Bostøtte\n\n## Klageadgang\n\nDu kan klage inden 14 dage. Klagen sendes til kommunen.\n';

/** A response as the hostile tests look at it: status, headers, and the body as JSON (or `{ text }`). */
export interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
}

/**
 * Starts a studio on `root` and returns it with a request helper that sends the studio's own
 * Origin and, unless `headers` says otherwise, content-type application/json.
 */
export async function studioOn(
  root: string,
  options: Partial<StudioOptions> = {},
): Promise<
  Studio & {
    call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Answer>;
  }
> {
  const studio = await startStudio({ root, port: 0, today: '2026-11-22', ...options });
  const origin = studio.url.replace(/\/$/, '');
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const r = await fetch(origin + path, {
      method,
      headers: { origin, 'content-type': 'application/json', ...headers },
      ...(body === undefined
        ? {}
        : {
            body:
              typeof body === 'string' || body instanceof Uint8Array
                ? (body as string | Uint8Array<ArrayBuffer>)
                : JSON.stringify(body),
          }),
    });
    const text = await r.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = { text };
    }
    return { status: r.status, headers: r.headers, json };
  }
  return Object.assign(studio, { call });
}

/**
 * For a describe block: a studioOn whose studios are closed after each test, also when the test
 * fails. Call it in the block, outside the tests.
 */
export function studioPerTest(): typeof studioOn {
  const open: Studio[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (root, options) => {
    const s = await studioOn(root, options);
    open.push(s);
    return s;
  };
}

/** No stack trace and no internal error in what a user sees. */
export function expectNoTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  expect(text).not.toMatch(/intern fejl|internal error|TypeError|RangeError|SyntaxError|ENOENT|EACCES|Error:/);
}
