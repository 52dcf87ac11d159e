// fasilitator serve [folder]: show built decks on http://127.0.0.1:<port>/ until Ctrl+C.
import { existsSync, statSync } from 'node:fs';
import { EnvironmentError, UsageError } from '../../errors.js';
import { createStaticServer, listen } from '../../serve/static-server.js';
import { positionals, parseCommandArgs, stringOption } from '../args.js';
import type { CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';

export async function serveCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('serve', argv, t);
  const root = positionals(args, 1, 'serve', t)[0] ?? 'dist';
  if (!existsSync(root)) throw new UsageError(t.file.notFound(root), t.cli.serveHint, 'serve');
  if (!statSync(root).isDirectory()) throw new UsageError(t.cli.serveNotFolder(root), t.cli.serveNotFolderHint, 'serve');
  const port = Number(stringOption(args, 'port') ?? '8000');
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(t.cli.badPort(String(args.values.port)), t.cli.seeHelp('serve'), 'serve');
  const server = createStaticServer(root);
  let actual: number;
  try {
    actual = await listen(server, port);
  } catch (error) {
    throw new EnvironmentError(t.cli.portBusy(port), t.cli.portBusyHint, { cause: error });
  }
  output.out(paint(output, 'green', t.cli.serving(`http://127.0.0.1:${actual}/`)));
  output.out(t.cli.servingHint);
  await new Promise<void>((resolveClosed) => {
    const stop = (): void => {
      server.close(() => resolveClosed());
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
