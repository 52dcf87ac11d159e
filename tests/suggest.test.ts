import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../src/suggest.js';

describe('suggest', () => {
  it.each([
    ['praxis', ['kunnskap', 'praksis', 'erfaring'], 'praksis'],
    ['buidl', ['build', 'check', 'list'], 'build'],
    ['Track', ['title', 'track'], 'track'],
    ['minuts', ['after', 'at', 'minutes', 'title'], 'minutes'],
    ['helt-annet', ['kunnskap', 'praksis', 'erfaring'], undefined],
  ] as const)('%s → %s', (input, candidates, expected) => {
    expect(suggest(input, candidates)).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('buidl', 'build')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
