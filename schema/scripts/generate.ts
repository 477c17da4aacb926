import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './generated-files';

// Rewrites schema/generated/*; the drift test fails when these are stale.
for (const [name, text] of Object.entries(generatedFiles())) {
  const path = fileURLToPath(new URL(`../generated/${name}`, import.meta.url));
  writeFileSync(path, text);
  console.log(`wrote schema/generated/${name}`);
}
