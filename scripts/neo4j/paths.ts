import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const DEFAULT_NEO4J_VERSION = '5.26.31';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const POM_PATH = fileURLToPath(new URL('./pom.xml', import.meta.url));

/** Git-ignored (`.cache/`), shared by every checkout-local instance. */
export const DEFAULT_CACHE_DIR = join(REPO_ROOT, '.cache', 'neo4j');

/** Where `neo4j-cli.ts start` keeps its data by default; `.data/` is git-ignored. */
export const DEFAULT_DEV_DIR = join(REPO_ROOT, '.data', 'neo4j');

export type Progress = (message: string) => void;

// Stderr so that progress never mixes with a command's real output.
export const printProgress: Progress = (message) => process.stderr.write(`[neo4j] ${message}\n`);
