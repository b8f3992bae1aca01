// The jobs of a checking worker (worker.ts): check a text, sum up a standard for the list, render
// a change document, its preview or the publication. The repository's configuration is loaded
// once, as the server loads it.
import { loadConfig, rules } from '@kvalitet/lint';
import { findingsOf, revisionChecks } from '@kvalitet/node/lint-core';
import { parseStandard } from '@kvalitet/parser';
import { buildRevision, renderChangeDocx, renderChangeHtml, renderPublicationDocx } from '@kvalitet/render';
import type { Job, JobResults, WorkerSetup } from './jobs.js';

type CheckJob = Extract<Job, { kind: 'lint' | 'summary' | 'render' }>;

/** The function that performs the checking jobs, for the repository of `setup.root`. */
export async function checkJobs({ root, today }: WorkerSetup) {
  const loaded = await loadConfig(root, undefined, rules);

  const runOptions = { municipality: loaded.config.municipality ?? {}, lang: 'da' as const, today };

  /** The findings in a standard: the parser's own and the rules'. */
  function findings(abs: string, text: string, rel: string) {
    const parsed = parseStandard(text, { file: rel, validate: false });
    return { parsed, messages: findingsOf(parsed, loaded.settingsFor(abs), runOptions) };
  }

  function lint(job: Extract<Job, { kind: 'lint' }>): JobResults['lint'] {
    const cpu = process.threadCpuUsage();
    const { messages } = findings(job.file, job.text, job.rel);
    const used = process.threadCpuUsage(cpu);
    return { messages, cpuMs: (used.user + used.system) / 1000 };
  }

  function summary(job: Extract<Job, { kind: 'summary' }>): JobResults['summary'] {
    const { parsed, messages } = findings(job.file, job.text, job.rel);
    return { metadata: parsed.document.metadata, messages };
  }

  async function render(job: Extract<Job, { kind: 'render' }>): Promise<JobResults['render']> {
    if (job.as === 'publication') return { bytes: await renderPublicationDocx(job.text) };
    const rev = buildRevision(
      parseStandard(job.old, { file: 'før.md' }),
      parseStandard(job.text, { file: 'efter.md' }),
      revisionChecks(loaded, job.file, today),
    );
    if (job.as === 'preview') return { html: renderChangeHtml(rev) };
    return { bytes: await renderChangeDocx(rev, { trackChanges: job.as === 'docx-track' }) };
  }

  return async (job: CheckJob): Promise<JobResults[CheckJob['kind']]> => {
    switch (job.kind) {
      case 'lint':
        return lint(job);
      case 'summary':
        return summary(job);
      case 'render':
        return render(job);
    }
  };
}
