// Raw HTML in content passes an allowlist: layout and inline SVG stay, anything that could run goes.
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/content/markdown.js';
import { isSafeUrl, sanitizeHtml } from '../../src/content/sanitize.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { validateReferences } from '../../src/content/references.js';
import { nb } from '../../src/i18n/nb.js';

/** What a browser would run: script elements, event handlers, script URLs. */
function runnable(html: string): boolean {
  return /<script|<iframe|<object|<embed|\son[a-z]+\s*=|javascript:|vbscript:|data:text\/html|<style|srcdoc/i.test(html);
}

describe('sanitizeHtml', () => {
  it.each([
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<img src=x onerror=alert(1)>',
    '<img src="x" OnError="alert(1)">',
    '<a href="javascript:alert(1)">lenke</a>',
    '<a href="jav&#x09;ascript:alert(1)">lenke</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
    '<a href=" JAVASCRIPT:alert(1)">x</a>',
    '<svg onload=alert(1)><rect/></svg>',
    '<svg><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<scr<script>ipt>alert(1)</script>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<style>body{background:red}</style>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<div <img src=x onerror=alert(1)>>',
    '<!--><img src=x onerror=alert(1)>-->',
    '<form action="https://evil.example"><input name=x></form>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  ])('nothing runnable is left of %s', (input) => {
    const out = sanitizeHtml(input);
    expect(runnable(out), out).toBe(false);
    expect(out).not.toMatch(/<(form|input|base|meta)\b/i);
  });

  it('keeps layout and an inline SVG chart as written', () => {
    const chart = '<svg class="fa-figure" viewBox="0 0 100 40" role="img" aria-label="Stolper"><rect x="0" y="0" width="50" height="10" rx="2" fill="var(--fa-accent)"/><text x="2" y="30" font-size="8" text-anchor="start">85 %</text></svg>';
    expect(sanitizeHtml(chart)).toBe(chart);
    expect(sanitizeHtml('<div class="columns three">')).toBe('<div class="columns three">');
    expect(sanitizeHtml('<a href="https://example.org/a?b=1&amp;c=2">x</a>')).toBe('<a href="https://example.org/a?b=1&amp;c=2">x</a>');
  });

  it('escapes every < it did not write itself', () => {
    expect(sanitizeHtml('a < b > c <unknown>d</unknown>')).toBe('a &lt; b &gt; c d');
  });

  it('is used for raw HTML in slides', () => {
    const html = createMarkdown().render('# A\n\n<div class="columns"><img src=x onerror=alert(1)></div>\n\nTekst <span onclick="alert(1)">her</span>\n');
    expect(runnable(html)).toBe(false);
    expect(html).toContain('<div class="columns"><img src="x"></div>');
    expect(html).toContain('<span>her</span>');
  });

  it('allows only http(s), mailto and relative URLs', () => {
    for (const url of ['https://example.org', 'http://x.no/a', 'bilder/a.png', '#kilder', 'mailto:a@b.no']) expect(isSafeUrl(url)).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x']) expect(isSafeUrl(url)).toBe(false);
  });
});

describe('sources.yaml urls', () => {
  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'ftp://example.org'])('refuses %s with its place', (url) => {
    const text = `kilde:\n  short: "K"\n  text: "Kilde"\n  url: "${url}"\n  status: verified\n`;
    const { issues, references } = validateReferences(parseYaml({ path: 'sources.yaml', text }, nb), nb);
    expect(references.size).toBe(0);
    expect(issues).toMatchObject([{ code: 'SOURCES_META', span: { file: 'sources.yaml', line: 4, column: 8 } }]);
    expect(issues[0]!.message).toContain('er ikke en vanlig nettadresse');
  });

  it('accepts https', () => {
    const text = 'kilde:\n  short: "K"\n  text: "Kilde"\n  url: "https://example.org/x"\n  status: verified\n';
    expect(validateReferences(parseYaml({ path: 'sources.yaml', text }, nb), nb).issues).toEqual([]);
  });
});
