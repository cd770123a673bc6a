import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { captchaChallenges } from '@/db/schema';
import { createCaptcha, verifyCaptcha, CAPTCHA_TTL_SECONDS } from '@/lib/captcha';
import { resetEnvCache } from '@/lib/env';
import { setupTestDatabase } from '../helpers/db';

const getDb = setupTestDatabase();

/** The answer is only stored hashed; tests recover it by trying the 5-digit space against the hash. */
async function solve(id: string): Promise<string> {
  const db = await getDb();
  const [row] = await db.select().from(captchaChallenges).where(eq(captchaChallenges.id, id));
  const { authSecret } = await import('@/lib/env');
  const key = authSecret();
  for (let n = 0; n < 100_000; n++) {
    const guess = String(n).padStart(5, '0');
    if (!/^[2-9]+$/.test(guess)) continue;
    const h = createHmac('sha256', key).update(`captcha\u0000${id}\u0000${guess}`).digest('base64url');
    if (h === row.answerHash) return guess;
  }
  throw new Error('unsolvable');
}

describe('captcha', () => {
  const saved = process.env.CAPTCHA_TEST_ANSWER;
  beforeEach(() => {
    delete process.env.CAPTCHA_TEST_ANSWER;
    resetEnvCache();
  });
  afterAll(() => {
    if (saved !== undefined) process.env.CAPTCHA_TEST_ANSWER = saved;
    resetEnvCache();
  });

  test('an SVG image, and the answer is stored only as a hash', async () => {
    const { id, image } = await createCaptcha();
    expect(image.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(image.split(',')[1], 'base64').toString()).toContain('<svg');
    const answer = await solve(id);
    const db = await getDb();
    const [row] = await db.select().from(captchaChallenges).where(eq(captchaChallenges.id, id));
    expect(row.answerHash).not.toContain(answer);
  });

  test('right answer passes once (Persian digits too); a second use fails', async () => {
    const { id } = await createCaptcha();
    const answer = await solve(id);
    const persian = answer.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]);
    expect(await verifyCaptcha(id, persian)).toBe(true);
    expect(await verifyCaptcha(id, answer)).toBe(false);
  });

  test('a wrong answer burns the challenge', async () => {
    const { id } = await createCaptcha();
    const answer = await solve(id);
    expect(await verifyCaptcha(id, '00000')).toBe(false);
    expect(await verifyCaptcha(id, answer)).toBe(false);
  });

  test('expired challenges fail; junk never throws', async () => {
    const now = new Date();
    const { id } = await createCaptcha(now);
    const answer = await solve(id);
    expect(await verifyCaptcha(id, answer, new Date(now.getTime() + (CAPTCHA_TTL_SECONDS + 1) * 1000))).toBe(
      false,
    );
    for (const junk of [undefined, null, 42, '', 'x'.repeat(1000), "'; drop table accounts; --", '\u0000']) {
      expect(await verifyCaptcha(junk, junk)).toBe(false);
      expect(await verifyCaptcha(id, junk)).toBe(false);
    }
  });

  test('CAPTCHA_TEST_ANSWER is accepted only when configured', async () => {
    const { id } = await createCaptcha();
    expect(await verifyCaptcha(id, 'e2e-captcha')).toBe(false);
    process.env.CAPTCHA_TEST_ANSWER = 'e2e-captcha';
    resetEnvCache();
    expect(await verifyCaptcha('not-an-id', 'e2e-captcha')).toBe(true);
  });
});
