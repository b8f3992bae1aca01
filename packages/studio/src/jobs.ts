// The work the studio hands to its worker threads (worker.ts), and what comes back. Both sides
// import these types; only plain data crosses the thread boundary.
import type { LintMessage } from '@kvalitet/lint';
import type { StandardDocument } from '@kvalitet/model';

/** What a worker is started with. */
export interface WorkerSetup {
  /** The studio's root folder (real path); the worker loads the repository's configuration from it. */
  root: string;
  /** Date the rules check against (YYYY-MM-DD). */
  today: string;
  /** The jobs the worker takes: checks, summaries and renders, or imports. */
  jobs: 'check' | 'import';
}

/** The kinds of document the render job makes. */
export const renderKinds = ['preview', 'docx', 'docx-track', 'publication'] as const;
export type RenderKind = (typeof renderKinds)[number];

/** A job: check a text, sum up a standard for the list, render a document, or import a file. */
export type Job =
  | { kind: 'lint'; file: string; rel: string; text: string }
  | { kind: 'summary'; file: string; rel: string; text: string }
  | { kind: 'render'; file: string; as: RenderKind; text: string; old: string }
  | { kind: 'import'; name: string; bytes: Uint8Array };

/** What each kind of job answers. */
export interface JobResults {
  /** The findings, and the CPU time the worker spent on them (ms). */
  lint: { messages: LintMessage[]; cpuMs: number };
  /** A standard's frontmatter as read, and its findings (the parser's and the rules'). */
  summary: { metadata: StandardDocument['metadata']; messages: LintMessage[] };
  render: { html: string } | { bytes: Uint8Array };
  import: { markdown: string; sections: string[]; notices: string[]; guessed: string[] };
}

/** A worker's answer to job `id`: its result, or the name and message of the error it threw. */
export type Answer =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

/** The first message of a worker: it has loaded its modules and configuration and takes jobs. */
export interface Ready {
  ready: true;
}
