// fasilitator dev <plan>: the live preview, until Ctrl+C.
import { startDevServer } from '../../dev/dev-server.js';
import { UsageError } from '../../errors.js';
import { positionals, parseCommandArgs, stringOption } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';

export async function devCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('dev', argv, t);
  const plan = positionals(args, 1, 'dev', t)[0];
  if (!plan) throw new UsageError(t.cli.noPlans, t.cli.noPlansHint.replace('build', 'dev'), 'dev');
  const port = Number(stringOption(args, 'port') ?? '5173');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(t.cli.badPort(String(args.values.port)), t.cli.seeHelp('dev'), 'dev');
  const dev = await startDevServer(plan, workspaceFor(args, ctx), { port, open: Boolean(args.values.open), output, t });
  output.out(paint(output, 'green', t.dev.running(dev.url)));
  output.out(t.dev.runningHint);
  await new Promise<void>((resolve) => {
    const stop = (): void => void dev.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
