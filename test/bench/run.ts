import { writeFile } from 'node:fs/promises';
import { parseBenchArgs, USAGE } from './args';
import { runBench } from './bench';
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
  const { machine, results } = await runBench(args, log);
  console.log(`${machine}\n\n${formatTable(results)}`);
  if (args.json) {
    await writeFile(
      args.json,
      `${JSON.stringify(
        results.map((r) => r.record),
        null,
        2,
      )}\n`,
    );
    log(`wrote ${results.length} records to ${args.json}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
