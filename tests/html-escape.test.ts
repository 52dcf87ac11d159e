import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, raw } from '../src/html/escape.js';

describe('html tagged template', () => {
  it('escapes every value unless it is raw()', () => {
    const title = '<script>alert("x")</script> & \'co\'';
    expect(html`<h1 title="${title}">${title}</h1>`.html).toBe(`<h1 title="${escapeHtml(title)}">${escapeHtml(title)}</h1>`);
    expect(html`<p>${raw('<br>')}</p>`.html).toBe('<p><br></p>');
  });

  it('joins lists, nests templates and leaves out empty values', () => {
    const items = ['a<b', 'c'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${undefined}${null}${false}${0}`.html).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('keeps JSON in a script element from closing it', () => {
    expect(jsonForScript({ title: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
