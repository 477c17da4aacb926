import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from '../src/graphql/print-schema';

// Part of `npm run gen`: the committed SDL is web/'s contract and is drift-checked by a test.
const target = fileURLToPath(new URL('../../schema/graphql/schema.graphql', import.meta.url));
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
