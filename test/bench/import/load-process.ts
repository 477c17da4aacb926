import neo4j from 'neo4j-driver';
import { baselineLoad } from './baseline-load';
import { importerLoad } from './importer-load';

// Run by `loadPeakRssMb` in a process of its own: `importer` or `baseline`, then the files to
// load into NEO4J_URI as the bench's rounds do; prints the process's peak resident set (kB, as
// getrusage reports it on Linux), free of the bench's own memory.
const [who, ...files] = process.argv.slice(2);
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is not set');
const load = who === 'importer' ? importerLoad : who === 'baseline' ? baselineLoad : undefined;
if (!load) throw new Error(`expected importer or baseline, got ${String(who)}`);
const driver = neo4j.driver(uri);
try {
  await load(driver, files);
} finally {
  await driver.close();
}
console.log(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
