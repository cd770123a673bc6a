import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { auditEvents, documents } from '@/db/schema';
import { canFileRequests } from '@/lib/accounts/lifecycle/account-status';
import { enforce } from '@/lib/rate-limit/policies';
import { readLimited } from '@/lib/security/read-json';
import {
  acceptedTypes,
  IMAGE_TYPES,
  isDocumentKind,
  MAX_DOCUMENT_BYTES,
  PDF_TYPE,
  PROFILE_DOCUMENTS,
  type DocumentKind,
  type UploadError,
} from './kinds';
import { documentStorage } from './storage';
import { readAccountStatus } from '@/lib/accounts/queries';

export interface StoredDocument {
  id: string;
  kind: DocumentKind;
  contentType: string;
  size: number;
  fileName: string;
}

export type StoreResult =
  { ok: true; document: StoredDocument } | { ok: false; error: UploadError; retryAfterSeconds?: number };

export interface StoreInput {
  accountId: string;
  kind: unknown;
  /** `profile`: the photo and identity document of the profile; `request`: a document for a request form. */
  purpose: 'profile' | 'request';
  /** The raw bytes as they arrive; read only up to the limit. */
  body: ReadableStream<Uint8Array> | null;
  /** The Content-Length the client declared, if any: a larger one is refused before reading. */
  declaredLength?: number | null;
  fileName?: string | null;
  now?: Date;
}

/** Only the last path part, without control or bidi characters, at most 100 characters. */
export function cleanFileName(raw: string | null | undefined, fallback: string): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim()
    .slice(-100);
  return cleaned || fallback;
}

const EXTENSION: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  [PDF_TYPE]: 'pdf',
};

/**
 * Re-encodes an image: the output holds the pixels only (sharp writes no EXIF, GPS, XMP or ICC
 * data unless asked), anything appended after the image data is gone, and a huge photo is scaled
 * down to what a reviewer needs. The EXIF orientation is applied first so the picture stays upright.
 */
async function reencodeImage(bytes: Buffer, type: string): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: 50_000_000 })
    .rotate()
    .resize({ width: 2400, height: 2400, fit: 'inside', withoutEnlargement: true });
  if (type === 'image/png') return image.png({ compressionLevel: 9 }).toBuffer();
  if (type === 'image/webp') return image.webp({ quality: 85 }).toBuffer();
  return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}

/**
 * Takes one upload: checks the account may upload it, reads the body within the size limit, decides
 * the type from the bytes (file-type; the browser's claim and the extension are ignored), re-encodes
 * images, stores the bytes under `{accountId}/{id}` and records the row. A profile document replaces
 * the previous one of its kind.
 */
export async function storeDocument(input: StoreInput): Promise<StoreResult> {
  const now = input.now ?? new Date();
  const { accountId, purpose } = input;
  if (!isDocumentKind(input.kind)) return { ok: false, error: 'kindUnknown' };
  const kind = input.kind;
  if (purpose === 'profile' && !PROFILE_DOCUMENTS.includes(kind)) return { ok: false, error: 'kindUnknown' };
  if (input.declaredLength && input.declaredLength > MAX_DOCUMENT_BYTES)
    return { ok: false, error: 'tooLarge' };
  if (!input.body) return { ok: false, error: 'empty' };

  const db = await getDb();
  const accountStatus = await readAccountStatus(db, accountId);
  if (!accountStatus) return { ok: false, error: 'sessionExpired' };
  // The profile is locked from submission until a rejection; request documents need an approved account.
  const profileOpen = accountStatus === 'pre_registered' || accountStatus === 'rejected';
  if (purpose === 'profile' ? !profileOpen : !canFileRequests(accountStatus))
    return { ok: false, error: 'locked' };

  const limit = await enforce([{ policy: 'documentUploadPerAccount', key: accountId }], now.getTime());
  if (!limit.ok) return { ok: false, error: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds };

  const read = await readLimited(input.body, MAX_DOCUMENT_BYTES);
  if (!read.ok) return { ok: false, error: 'tooLarge' };
  if (read.bytes.byteLength === 0) return { ok: false, error: 'empty' };

  const { fileTypeFromBuffer } = await import('file-type/core');
  const detected = await fileTypeFromBuffer(read.bytes);
  if (!detected || !acceptedTypes(kind).includes(detected.mime)) return { ok: false, error: 'wrongType' };

  let bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  if ((IMAGE_TYPES as readonly string[]).includes(detected.mime)) {
    try {
      bytes = await reencodeImage(bytes, detected.mime);
    } catch {
      return { ok: false, error: 'unreadable' };
    }
  }

  const id = randomUUID();
  const storageKey = `${accountId}/${id}`;
  const stem = cleanFileName(input.fileName, kind).replace(/\.[^.]{1,8}$/, '');
  const fileName = `${stem}.${EXTENSION[detected.mime]}`;
  const storage = documentStorage();
  await storage.put(storageKey, bytes, detected.mime);

  let replaced: Array<{ storageKey: string }> = [];
  try {
    replaced = await db.transaction(async (tx) => {
      const old =
        purpose === 'profile'
          ? await tx
              .delete(documents)
              .where(
                and(
                  eq(documents.accountId, accountId),
                  eq(documents.kind, kind),
                  isNull(documents.requestId),
                ),
              )
              .returning({ storageKey: documents.storageKey })
          : [];
      await tx.insert(documents).values({
        id,
        accountId,
        kind,
        contentType: detected.mime,
        size: bytes.byteLength,
        fileName,
        storageKey,
        createdAt: now,
      });
      await tx.insert(auditEvents).values({
        type: 'document-uploaded',
        accountId,
        meta: { kind, contentType: detected.mime, size: bytes.byteLength },
        createdAt: now,
      });
      return old;
    });
  } catch (error) {
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
  for (const old of replaced) await storage.delete(old.storageKey).catch(() => undefined);

  return {
    ok: true,
    document: { id, kind, contentType: detected.mime, size: bytes.byteLength, fileName },
  };
}
