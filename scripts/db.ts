/** `npm run db:migrate` / `npm run db:seed`: the same preparation the server runs at start. */
import { closeDb } from '../db/client';
import { prepareDatabase } from '../db/prepare';

const withSeed = !process.argv.includes('--no-seed');
prepareDatabase({ withSeed })
  .then(() => console.info(withSeed ? 'Database migrated and seeded.' : 'Database migrated.'))
  .then(() => closeDb())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
