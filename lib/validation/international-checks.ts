import { isCitizenshipCode } from '@/lib/formats/countries';
import { normalizeInternationalMobile } from '@/lib/formats/international-mobile';
import type { InternationalChecks } from './fields';

/** Loaded by the server and, with a dynamic import, by the en registration form only. */
export const internationalChecks: InternationalChecks = { normalizeInternationalMobile, isCitizenshipCode };
