// Runs the kvalitet CLI in this process and prints its peak memory and CPU time (worker threads
// included, since they share the process) to stderr as JSON on the last line.
import { main } from '@kvalitet/cli';

const code = await main(process.argv.slice(2), {
  stdout: { write: () => true },
  stderr: process.stderr,
  cwd: process.cwd(),
});
const usage = process.resourceUsage();
process.stderr.write(
  `\n${JSON.stringify({ exit: code, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`,
);
