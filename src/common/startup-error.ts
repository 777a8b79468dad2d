// A start-up failure the person starting the process can fix: its message is one line saying what happened and
// what to do; src/main.ts prints it alone (no stack) and exits with code 1.
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
