import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planSchemaText } from '../../scripts/generate-schema.js';

const committed = readFileSync('schema/plan.schema.json', 'utf8');

describe('schema/plan.schema.json', () => {
  it('is up to date with src/plan/schema.ts (run `npm run schema` if not)', () => {
    expect(committed).toBe(planSchemaText());
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(committed));

  it.each(readdirSync('plans').filter((name) => name.endsWith('.yaml')))('accepts the example plan %s', (name) => {
    const ok = validate(parse(readFileSync(`plans/${name}`, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  // Fixtures the schema can see are wrong (YAML syntax and cross-field rules are fasilitator's own).
  const schemaVisible = ['unknown-track', 'unknown-key', 'missing-required', 'bad-clock', 'many-errors', 'not-a-map', 'bad-breaks'];
  it.each(schemaVisible)('rejects the bad plan %s', (name) => {
    expect(validate(parse(readFileSync(`tests/fixtures/plans/invalid/${name}.yaml`, 'utf8')))).toBe(false);
  });
});
