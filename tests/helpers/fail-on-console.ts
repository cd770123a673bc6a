/** House rule: a test that makes the code log an error fails, unless it says it expects one. */
const expected: RegExp[] = [];

export function expectConsoleError(pattern: RegExp): void {
  expected.push(pattern);
}

export function installConsoleGuard(): void {
  const original = console.error;
  beforeEach(() => {
    expected.length = 0;
  });
  console.error = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (expected.some((p) => p.test(text))) return;
    original(...args);
    throw new Error(`console.error was called: ${text.slice(0, 500)}`);
  };
}
