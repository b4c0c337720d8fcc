import { constants } from "node:os";

/** Thrown when the command is stopped by a signal: it cleans up, then exits 128 plus the signal's number. */
export class Interrupted extends Error {
  override readonly name = "Interrupted";

  constructor(readonly signal: NodeJS.Signals) {
    super(`stopped by ${signal}`);
  }

  /** The exit code of a command stopped by this signal, as a shell reports it: 130 for SIGINT, 143 for SIGTERM. */
  get exitCode(): number {
    return 128 + constants.signals[this.signal];
  }
}

/**
 * The first SIGINT or SIGTERM the process receives from now on. While it is listened for, the
 * signal does not end the process: the command stops its work and cleans up. Once one has come,
 * or `dispose` is called, the next one ends the process at once, as usual.
 */
export function nextSignal(): { readonly received: Promise<NodeJS.Signals>; readonly dispose: () => void } {
  let dispose = (): void => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const listener = (signal: NodeJS.Signals): void => (dispose(), resolve(signal));
    dispose = () => void process.off("SIGINT", listener).off("SIGTERM", listener);
    process.on("SIGINT", listener).on("SIGTERM", listener);
  });
  return { received, dispose };
}
