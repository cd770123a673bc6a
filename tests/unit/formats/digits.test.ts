import {
  localizeDigits,
  normalizeDigits,
  removeInvisibleMarks,
  toPersianDigits,
} from '../../../lib/formats/digits';

describe('normalizeDigits', () => {
  it('maps Persian and Arabic-Indic digits to ASCII', () => {
    expect(normalizeDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeDigits('کد ۱۲۳-٤٥٦ abc')).toBe('کد 123-456 abc');
  });

  it('leaves other digit systems and text alone', () => {
    expect(normalizeDigits('１２３')).toBe('１２３');
    expect(normalizeDigits('सात ७')).toBe('सात ७');
    expect(normalizeDigits('')).toBe('');
  });

  it('is total on non-string runtime input', () => {
    expect(normalizeDigits(null as unknown as string)).toBe('');
    expect(normalizeDigits(undefined as unknown as string)).toBe('');
    expect(normalizeDigits(42 as unknown as string)).toBe('');
  });
});

describe('toPersianDigits / localizeDigits', () => {
  it('writes ASCII and Arabic-Indic digits as Persian ones', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits('٤٥٦')).toBe('۴۵۶');
    expect(toPersianDigits(1398)).toBe('۱۳۹۸');
    expect(toPersianDigits(1.5)).toBe('۱.۵');
    expect(toPersianDigits('4:49')).toBe('۴:۴۹');
  });

  it('localizes only for Persian locales', () => {
    expect(localizeDigits('4:49', 'fa')).toBe('۴:۴۹');
    expect(localizeDigits(12, 'fa-IR')).toBe('۱۲');
    expect(localizeDigits('4:49', 'en')).toBe('4:49');
    expect(localizeDigits(12, 'en')).toBe('12');
    expect(localizeDigits('12', 'fr')).toBe('12');
  });
});

describe('removeInvisibleMarks', () => {
  it('drops ZWNJ, bidi marks, isolates and BOM but keeps visible text', () => {
    expect(removeInvisibleMarks('\u200e0912\u200c\u200f\u2066345\u2069\ufeff')).toBe('0912345');
    expect(removeInvisibleMarks('a b')).toBe('a b');
  });
});
