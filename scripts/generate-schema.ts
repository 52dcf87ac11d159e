// Writes schema/plan.schema.json from the plan schema (src/plan/schema.ts), the single source of
// truth. A test fails when the committed file is stale: run `npm run schema` after changing it.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { paths } from '../src/paths.js';
import { planJsonSchema } from '../src/plan/schema.js';

export function planSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await mkdir(dirname(paths.schema), { recursive: true });
  await writeFile(paths.schema, planSchemaText());
  console.log(`wrote ${paths.schema}`);
}
