// Fills {{name}} placeholders in a template. Values are inserted as given (callers escape).
// {{csp}} is always available: the Content-Security-Policy <meta> every page carries.
import { cspMeta } from './csp.js';

/**
 * @example fillTemplate('<title>{{title}}</title>', { title: 'Hei' }) // '<title>Hei</title>'
 */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = name === 'csp' ? (values.csp ?? cspMeta()) : values[name];
    if (value === undefined) throw new Error(`template placeholder {{${name}}} has no value`);
    return value;
  });
}
