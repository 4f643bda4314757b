/** A mistake in how a command was called (unknown option, missing argument): exit 2 with its usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `--help` or `-h` was given: the command's usage goes to stdout and nothing runs. */
export class HelpRequested extends Error {
  constructor() {
    super('help requested');
    this.name = 'HelpRequested';
  }
}
