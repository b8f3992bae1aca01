// The job of an importing worker (worker.ts): a Word, PDF or text file to Markdown.
import { importBytes } from '@kvalitet/import';
import type { Job, JobResults } from './jobs.js';

/** The function that performs the import jobs. */
export async function importJobs() {
  return async (job: Extract<Job, { kind: 'import' }>): Promise<JobResults['import']> => {
    const result = await importBytes(job.bytes, { file: job.name });
    return {
      markdown: result.markdown,
      sections: result.sections,
      notices: result.report.notices,
      guessed: result.metadata.guessed,
    };
  };
}
