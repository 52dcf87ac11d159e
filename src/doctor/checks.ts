// What `fasilitator doctor` looks at: each check is a pure function of what the machine told us
// (versions, paths, permissions), so the verdicts are testable with fake machines.
import type { Messages } from '../i18n/messages.js';

export type CheckStatus = 'ok' | 'missing' | 'optional-missing';

export interface CheckResult {
  id: 'node' | 'chromium' | 'libreoffice' | 'fonts' | 'output';
  status: CheckStatus;
  /** What was found, in the user's language. */
  detail: string;
  /** What to do about it, when something is missing. */
  fix?: string;
}

/** What the edge of the program found out about the machine. */
export interface MachineFacts {
  nodeVersion: string;
  /** The engines range's minimum, e.g. "20.19.0". */
  nodeMinimum: string;
  platform: NodeJS.Platform;
  chromium?: { path: string; version?: string };
  libreoffice?: { path: string };
  /** Whether fallback fonts for ✔ ◐ ✖ in PDFs are present; undefined where we cannot tell. */
  fallbackFonts?: boolean;
  output: { dir: string; writable: boolean; existingAncestor: string };
}

const parts = (version: string): number[] => version.replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0);

/** True when `version` is at least `minimum` (both "major.minor.patch"). */
export function atLeast(version: string, minimum: string): boolean {
  const a = parts(version);
  const b = parts(minimum);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The lowest version an npm `engines` range like ">=20.19" allows. */
export function engineMinimum(range: string): string {
  const match = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(range);
  return match ? `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}` : '0.0.0';
}

export function diagnose(facts: MachineFacts, t: Messages): CheckResult[] {
  const d = t.doctor;
  const results: CheckResult[] = [];
  results.push(
    atLeast(facts.nodeVersion, facts.nodeMinimum)
      ? { id: 'node', status: 'ok', detail: d.nodeOk(facts.nodeVersion) }
      : { id: 'node', status: 'missing', detail: d.nodeOld(facts.nodeVersion, facts.nodeMinimum), fix: d.nodeFix(facts.nodeMinimum) },
  );
  results.push(
    facts.chromium
      ? { id: 'chromium', status: 'ok', detail: d.chromiumOk(facts.chromium.path, facts.chromium.version) }
      : { id: 'chromium', status: 'missing', detail: d.chromiumMissing, fix: d.chromiumFix(facts.platform) },
  );
  results.push(
    facts.libreoffice
      ? { id: 'libreoffice', status: 'ok', detail: d.libreofficeOk(facts.libreoffice.path) }
      : { id: 'libreoffice', status: 'optional-missing', detail: d.libreofficeMissing, fix: d.libreofficeFix(facts.platform) },
  );
  if (facts.fallbackFonts !== undefined) {
    results.push(
      facts.fallbackFonts
        ? { id: 'fonts', status: 'ok', detail: d.fontsOk }
        : { id: 'fonts', status: 'optional-missing', detail: d.fontsMissing, fix: d.fontsFix },
    );
  }
  results.push(
    facts.output.writable
      ? { id: 'output', status: 'ok', detail: d.outputOk(facts.output.dir) }
      : { id: 'output', status: 'missing', detail: d.outputDenied(facts.output.dir, facts.output.existingAncestor), fix: d.outputFix },
  );
  return results;
}
