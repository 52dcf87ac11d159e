// The one escaper for text placed into HTML (Node and browser code both use it), the `html`
// tagged template that applies it by default, and JSON placed into a <script> element.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/** Markup that is already safe (rendered by us): passed through `html` unescaped. */
export class RawHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** Marks trusted markup (our own rendering, sanitised content) for `html`. */
export function raw(markup: string): RawHtml {
  return new RawHtml(markup);
}

type HtmlValue = string | number | RawHtml | null | undefined | false | readonly HtmlValue[];

function interpolate(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof RawHtml) return value.html;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeHtml(String(value));
}

/**
 * HTML with every interpolated value escaped unless it is `raw()`.
 * @example html`<b>${'<i>'}</b>${raw('<br>')}`.html // '<b>&lt;i&gt;</b><br>'
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): RawHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += interpolate(value) + strings[i + 1]!;
  });
  return new RawHtml(out);
}

/** JSON that is safe inside <script type="application/json">: no `</script>` or `<!--` can form. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
