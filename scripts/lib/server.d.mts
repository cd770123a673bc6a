import type { ChildProcess } from 'node:child_process';

export const root: string;
export const nextBin: string;
export const baseEnv: Record<string, string | undefined>;
export function stopAll(): void;
export function run(cmd: string, args: string[], extraEnv?: Record<string, string | undefined>): void;
export function buildIfNeeded(skipBuild: boolean): void;
export function startServer(
  port: number,
  extraEnv?: Record<string, string | undefined>,
  options?: {
    prepare?: (serverEnv: Record<string, string | undefined>) => void;
    viaNpm?: boolean;
    name?: string;
    nodeArgs?: string[];
  },
): Promise<{
  url: string;
  /** The port it listens on: the one asked for, or a free one when that was taken. */
  port: number;
  dataDir: string;
  log: { join(): string };
  logFile: string;
  stop(): Promise<void>;
  pid: number;
  child: ChildProcess;
  exited(): number | string | null;
}>;
export function createStaffFor(serverEnv: Record<string, string | undefined>, args: string[]): string;
