/**
 * Password hashing: the ceiling of logins per second.
 */
import { tsImport } from 'tsx/esm/api';

export async function argon2Rate() {
  const { hashPassword, ARGON2_OPTIONS } = await tsImport('../../lib/crypto/password.ts', import.meta.url);
  const measure = async (parallel) => {
    let n = 0;
    const end = Date.now() + 3000;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (Date.now() < end) {
          await hashPassword(`bench-password-${n}`);
          n += 1;
        }
      }),
    );
    return n / 3;
  };
  const one = await measure(1);
  const many = await measure(4);
  console.info(
    `  argon2id m=${ARGON2_OPTIONS.memoryCost} KiB t=${ARGON2_OPTIONS.timeCost} p=${ARGON2_OPTIONS.parallelism}: ` +
      `${one.toFixed(1)} hashes/s on one thread, ${many.toFixed(1)} hashes/s with 4 in flight`,
  );
  return many;
}
