// A plan's issues are worded in the plan's own language, unless --lang forces one.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { readPlan } from '../../src/plan/read.js';

const source = (text: string) => ({ path: 'plans/test.yaml', text });

describe('readPlan', () => {
  it('reads a valid plan with the run’s messages when the plan says nothing of language', () => {
    const result = readPlan(source('introduction: short\ntrack: praksis\n'), nb);
    expect(result.t).toBe(nb);
    expect(result.plan).toMatchObject({ introduction: 'short', track: 'praksis', language: 'nb' });
    expect(result.issues).toEqual([]);
  });

  it('words the issues of a plan that asks for English in English', () => {
    const result = readPlan(source('language: en\nintroduction: short\ntrack: practice\n'), nb);
    expect(result.t).toBe(en);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.span).toMatchObject({ line: 3 });
    expect(result.issues[0]!.message).toBe(readPlan(source('language: en\nintroduction: short\ntrack: practice\n'), en).issues[0]!.message);
    expect(result.issues[0]!.message).not.toBe(readPlan(source('introduction: short\ntrack: practice\n'), nb).issues[0]!.message);
  });

  it('lets --lang win over the plan, in the messages and in the plan itself', () => {
    const result = readPlan(source('language: en\nintroduction: short\ntrack: praksis\n'), nb, 'nb');
    expect(result.t).toBe(nb);
    expect(result.plan?.language).toBe('nb');
  });

  it('returns issues and no plan for text that is not a plan', () => {
    const result = readPlan(source('- a\n- b\n'), nb);
    expect(result.plan).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
  });
});
