/** What a command can do to the outside world. */
export interface CommandContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly version: string;
  /** The current instant: the only clock iopkit reads, for `check`'s default `--as-of`. */
  readonly now: () => Date;
}
