// What one run of the command line has started and must undo if it is stopped: its browsers
// and its half-written folders. Made once per run (cli/main.ts), handed to commands in their
// CommandContext and from there to emit and the browser launcher, so nothing is process-global.
import { PendingWrites } from '../emit/pending.js';
import { BrowserRegistry } from '../export/browser.js';
import { Interrupts, type SignalSource } from './interrupt.js';

export class RunState {
  readonly writes = new PendingWrites();
  readonly browsers = new BrowserRegistry();
  readonly interrupts: Interrupts;

  constructor(signals?: SignalSource) {
    this.interrupts = new Interrupts(signals);
  }

  /** Ctrl-C: closes the browsers and removes half-written folders, once; the previous output is untouched. */
  stop(): Promise<unknown> {
    return this.interrupts.interrupt(() => Promise.allSettled([this.browsers.closeAll(), this.writes.removeAll()]));
  }
}
