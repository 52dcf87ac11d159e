// fasilitator doctor: is this machine ready? Node, a browser for PDFs, LibreOffice for the
// PowerPoint check, fonts, and write access to the output folder. Exit 3 when something needed is missing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from '../../doctor/checks.js';
import { machineFacts } from '../../doctor/machine.js';
import { ExitCode } from '../../errors.js';
import { packageRoot } from '../../paths.js';
import { parseCommandArgs, positionals, stringOption } from '../args.js';
import type { CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';

export async function doctorCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('doctor', argv, t);
  positionals(args, 0, 'doctor', t);
  const engines = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? '>=20';
  const facts = await machineFacts({ outputDir: stringOption(args, 'out') ?? 'dist', enginesRange: engines, env: ctx.env });
  const results = diagnose(facts, t);
  const ok = results.every((result) => result.status !== 'missing');
  if (args.values.json) {
    output.out(JSON.stringify({ ok, checks: results }, null, 2));
  } else {
    for (const result of results) {
      const mark = result.status === 'ok' ? paint(output, 'green', '✔') : result.status === 'missing' ? paint(output, 'red', '✖') : paint(output, 'yellow', '–');
      output.out(`${mark} ${t.doctor.names[result.id]}: ${result.detail}`);
      if (result.fix) output.out(`    ${paint(output, 'green', `${t.hintLabel}:`)} ${result.fix}`);
    }
    output.out('');
    output.out(ok ? paint(output, 'green', t.doctor.allOk) : paint(output, 'red', t.doctor.somethingMissing));
  }
  return ok ? ExitCode.OK : ExitCode.ENVIRONMENT;
}
