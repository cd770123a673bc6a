import { nationalCodeCheckDigit } from '../../lib/formats/national-code';

/**
 * A random national code that passes validation, for tests that need unique applicants.
 * Draws 9 random digits and appends the matching check digit. `random` is injectable for
 * reproducible data; any function returning numbers in [0, 1) works.
 */
export function randomValidNationalCode(random: () => number = Math.random): string {
  const digits: number[] = [];
  for (let i = 0; i < 9; i++) {
    const r = random();
    digits.push(Number.isFinite(r) ? Math.min(9, Math.max(0, Math.floor(r * 10))) : 0);
  }
  // Nine equal digits would give ten equal digits (valid by checksum, refused as never issued);
  // changing the first one avoids that without re-drawing, so a constant `random` cannot loop.
  if (digits.every((d) => d === digits[0])) digits[0] = (digits[0] + 1) % 10;
  const first9 = digits.join('');
  return `${first9}${nationalCodeCheckDigit(first9)}`;
}
