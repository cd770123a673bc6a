import { randomInt } from 'node:crypto';
import { toJalali } from '@/lib/formats/jalali';

// No 0/O, 1/I/L: the number is read aloud on the phone and typed from paper.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SUFFIX_LENGTH = 6;

/**
 * `SA-14050907-7KQ2XM`: the Jalali filing date (what staff and applicants talk about) and a CSPRNG
 * suffix (31^6 ≈ 890 million per day), so numbers are not sequential and cannot be enumerated.
 */
export function newTrackingNumber(now: Date, random: (max: number) => number = randomInt): string {
  const { jy, jm, jd } = toJalali(now);
  const date = `${jy}${String(jm).padStart(2, '0')}${String(jd).padStart(2, '0')}`;
  let suffix = '';
  for (let i = 0; i < SUFFIX_LENGTH; i++) suffix += ALPHABET[random(ALPHABET.length)];
  return `SA-${date}-${suffix}`;
}

export const TRACKING_NUMBER = /^SA-\d{8}-[2-9A-HJKMNP-Z]{6}$/;
