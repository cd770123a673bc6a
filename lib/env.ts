import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Every variable is optional: unset means the embedded default
 * (PGlite under ./.data, in-process limits, the dev outbox), so `npm run dev` needs no server.
 */
const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'));

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().catch(fallback).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).optional(),
  REDIS_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  AUTH_SECRET: z
    .string()
    .min(32)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  APP_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  RESEND_API_KEY: z.string().min(1).optional(),
  SMTP_URL: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default('سازمان امور دانشجویان <no-reply@saorg.ir>'),
  SUPPORT_EMAIL: z.string().email().default('support@saorg.ir'),
  KAVENEGAR_API_KEY: z.string().min(1).optional(),
  KAVENEGAR_SENDER: z.string().min(1).optional(),
  KAVENEGAR_OTP_TEMPLATE: z.string().min(1).default('saorg-otp'),
  OTP_TTL_SECONDS: positiveInt(300),
  ACCOUNT_COMPLETION_DAYS: positiveInt(30),
  CAPTCHA_TEST_ANSWER: z.string().min(1).optional(),
  OUTBOX_API: flag,
  PURGE_TIMER: flag,
  TRUST_PROXY: flag,
  OTP_SECRET: z.string().min(16).optional(),
  // Documents go to S3-compatible storage when the endpoint and bucket are set, else under DATA_DIR/uploads.
  S3_ENDPOINT: z
    .string()
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z.string().min(1).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) cached = schema.parse(process.env);
  return cached;
}

/** For tests that change configuration between cases. */
export function resetEnvCache(): void {
  cached = undefined;
  generatedSecret = undefined;
}

export const isProduction = (): boolean => env().NODE_ENV === 'production';

/** The outbox API is on outside production unless switched off, and on in production only when asked for. */
export function isOutboxApiEnabled(): boolean {
  const { OUTBOX_API } = env();
  if (OUTBOX_API !== undefined) return OUTBOX_API;
  return !isProduction();
}

export function dataDir(): string {
  return path.resolve(process.cwd(), env().DATA_DIR);
}

let generatedSecret: string | undefined;

/**
 * Without AUTH_SECRET a secret is generated once and kept in ./.data so sessions survive restarts;
 * production deployments set it, because instances behind a load balancer must share it.
 */
export function authSecret(): string {
  const fromEnv = env().AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (generatedSecret) return generatedSecret;
  if (isProduction()) {
    // A single instance can live with a generated secret; several behind a load balancer cannot.
    console.warn(
      '[security] AUTH_SECRET is not set: using a secret generated in the data directory. Set it in production.',
    );
  }
  const file = path.join(dataDir(), 'auth-secret');
  try {
    generatedSecret = readFileSync(file, 'utf8').trim();
  } catch {
    generatedSecret = randomBytes(32).toString('base64url');
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, generatedSecret, { mode: 0o600 });
  }
  return generatedSecret;
}
