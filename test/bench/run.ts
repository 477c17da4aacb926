import { writeFile } from 'node:fs/promises';
import { parseBenchArgs, USAGE } from './args';
import { runBench } from './bench';
import { formatDuration } from './phases';
import { formatTable } from './records';

// `npm run bench`: prints the table (Markdown, ready for RESULTS.md) and writes --json records.
async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const started = Date.now();
  const log = (line: string) =>
    console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);
  try {
    const { machine, results, phases } = await runBench(args, log);
    console.log(`${machine}\n\n${formatTable(results)}`);
    for (const phase of phases) log(`phase ${phase.name}: ${formatDuration(phase.ms)}`);
    if (args.json) {
      const records = results.map((r) => r.record);
      await writeFile(args.json, `${JSON.stringify(records, null, 2)}\n`);
      log(`wrote ${results.length} records to ${args.json}`);
    }
    return 0;
  } finally {
    // From process start, so loading the bench itself counts too.
    log(`total wall time ${formatDuration(process.uptime() * 1000)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
