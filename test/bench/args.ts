import { parseArgs } from 'node:util';

export const PARTS = ['import', 'api', 'storm', 'ui', 'memory', 'votes', 'datasets'] as const;
export type Part = (typeof PARTS)[number];

export type BenchArgs = {
  /** Corpus sizes in signature edges, ascending; the API, UI and memory run at the largest. */
  sizes: number[];
  quick: boolean;
  parts: Part[];
  seed: number;
  json?: string;
  /** A running Neo4j to use (it is emptied!) instead of a throwaway one. */
  neo4jUri?: string;
};

export const USAGE = `Usage: npm run bench -- [--quick | --full] [--sizes 1000,10000] [--parts import,api,storm,ui,memory,votes,datasets]
                        [--seed N] [--json FILE] [--neo4j bolt://…]
  default sizes 1,000, 10,000 and 100,000 signature edges; --full adds 1,000,000 (long: the
  import alone takes tens of minutes on 2 cores); --quick runs 1,000 and 5,000 with short windows
  and the UI at its 500- and 5,000-node views, and leaves out the real datasets: datasets (the shared
  UNTC and manytreaties folders imported whole against a hand-written load, then instruments,
  status-as-of and compare timed against hand-written Cypher, about five minutes) and votes (the
  UN General Assembly votes of ../shared/data/unga-votes-voeten, imported last, and affinity
  and voting blocs over one decade and all roll calls timed). The UI draws 500-, 2,000- and 5,000-node views of a corpus big
  enough for them.
  --neo4j empties and uses that server instead of a throwaway one.`;

// The real datasets take minutes to import: --quick leaves them out.
const SLOW_PARTS = new Set<Part>(['votes', 'datasets']);

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const FULL_SIZES = [...DEFAULT_SIZES, 1_000_000];
const QUICK_SIZES = [1_000, 5_000];

function sizesFrom(text: string): number[] {
  return text.split(',').map((part) => {
    const size = Number(part.replace(/_/g, '').trim());
    if (!Number.isInteger(size) || size < 2) {
      throw new Error(`--sizes: "${part}" is not a whole number of edges of at least 2`);
    }
    return size;
  });
}

function partsFrom(text: string): Part[] {
  return text.split(',').map((part) => {
    const name = part.trim();
    if (!(PARTS as readonly string[]).includes(name)) {
      throw new Error(`--parts: "${name}" is not one of ${PARTS.join(', ')}`);
    }
    return name as Part;
  });
}

/** Reads the bench's command line; throws with the offending flag named. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      sizes: { type: 'string' },
      parts: { type: 'string' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
      neo4j: { type: 'string' },
    },
  });
  if (values.quick && values.full) throw new Error('--quick and --full exclude each other');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed: "${values.seed}" is not an integer`);
  const preset = values.quick ? QUICK_SIZES : values.full ? FULL_SIZES : DEFAULT_SIZES;
  const sizes = values.sizes === undefined ? preset : sizesFrom(values.sizes);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    quick: values.quick,
    parts:
      values.parts !== undefined
        ? partsFrom(values.parts)
        : PARTS.filter((part) => !values.quick || !SLOW_PARTS.has(part)),
    seed,
    ...(values.json !== undefined && { json: values.json }),
    ...(values.neo4j !== undefined && { neo4jUri: values.neo4j }),
  };
}
