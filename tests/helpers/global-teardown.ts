import { rmSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const file = process.env.PGLITE_TEMPLATE;
  if (file) rmSync(path.dirname(file), { recursive: true, force: true });
  const scratch = process.env.TEST_SCRATCH_DATA_DIR;
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
