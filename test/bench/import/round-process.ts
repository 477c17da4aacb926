import neo4j from 'neo4j-driver';
import { baselineLoad } from './baseline-load';
import { importerLoad } from './importer-load';

// One round of the import bench in a process of its own, run by `loadRound`: `importer` or
// `baseline`, then the files. Loads them into the emptied NEO4J_URI, loads them again, and
// prints both times (ms) and the process's peak resident set (kB, from getrusage).
const [who, ...files] = process.argv.slice(2);
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is not set');
const load = who === 'importer' ? importerLoad : who === 'baseline' ? baselineLoad : undefined;
if (!load) throw new Error(`expected importer or baseline, got ${String(who)}`);
const driver = neo4j.driver(uri);
const timed = async () => {
  const started = performance.now();
  await load(driver, files);
  return performance.now() - started;
};
try {
  const loadMs = await timed();
  const reloadMs = await timed();
  console.log(JSON.stringify({ loadMs, reloadMs, maxRssKb: process.resourceUsage().maxRSS }));
} finally {
  await driver.close();
}
