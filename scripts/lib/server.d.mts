export const root: string;
export const baseEnv: Record<string, string | undefined>;
export function stopAll(): void;
export function buildIfNeeded(skipBuild: boolean): void;
export function startServer(
  port: number,
  extraEnv?: Record<string, string | undefined>,
): Promise<{
  url: string;
  log: { join(): string };
  logFile: string;
  stop(): Promise<void>;
  pid: number;
  exited(): number | string | null;
}>;
