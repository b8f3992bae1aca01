import { setFlagsFromString } from 'node:v8'; if (process.env.NT) setFlagsFromString('--no-regexp-tier-up');
const t0=performance.now();
const { lintJob } = await import('./dist/lint-core.js');
const t1=performance.now();
const opts = { municipality: {}, lang: 'da', today: '2026-11-22', fix: false, timing: false };
const job = (f) => ({ index: 0, display: 'x.md', absolute: f, size: 0, settings: {} });
const s=performance.now(); lintJob(job('/tmp/kvalitet-bench-2000/standard-0001.md'), opts); const e=performance.now();
lintJob(job('/tmp/kvalitet-bench-2000/standard-0001.md'), opts); const e2=performance.now();
console.log(process.env.NT ? 'NT' : '-', 'load', (t1-t0).toFixed(0), 'first', (e-s).toFixed(0), 'second', (e2-e).toFixed(0));
