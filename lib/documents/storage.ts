import 'server-only';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { dataDir, env } from '@/lib/env';

/**
 * Where document bytes live. Keys are `{accountId}/{documentId}`: the purge deletes an account's
 * files by its prefix. Nothing here is reachable by URL; the download route streams after its checks.
 */
export interface DocumentStorage {
  readonly name: 'disk' | 's3';
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes, or null when the object does not exist. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  /** Deletes every object under `prefix/`; returns how many were deleted. */
  deletePrefix(prefix: string): Promise<number>;
}

const SAFE_KEY = /^[0-9a-f-]{36}(\/[0-9a-f-]{36})?$/;

function checkKey(key: string): string {
  // Keys are built from UUIDs only; anything else (../, absolute paths) is a bug, not input to honour.
  if (!SAFE_KEY.test(key)) throw new Error('invalid storage key');
  return key;
}

export function diskStorage(root: string): DocumentStorage {
  const file = (key: string) => path.join(root, checkKey(key));
  return {
    name: 'disk',
    async put(key, bytes) {
      const target = file(key);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const temp = `${target}.${randomUUID()}.part`;
      await writeFile(temp, bytes, { mode: 0o600 });
      await rename(temp, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(file(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(file(key), { force: true });
    },
    async deletePrefix(prefix) {
      const dir = file(prefix);
      let count: number;
      try {
        count = (await readdir(dir)).filter((name) => !name.endsWith('.part')).length;
      } catch {
        return 0;
      }
      await rm(dir, { recursive: true, force: true });
      return count;
    },
  };
}

interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** Any S3-compatible store (AWS, MinIO, Ceph, ArvanCloud…). The SDK is loaded only when configured. */
export function s3Storage(config: S3Config): DocumentStorage {
  let client: Promise<{
    s3: import('@aws-sdk/client-s3').S3Client;
    sdk: typeof import('@aws-sdk/client-s3');
  }>;
  const connect = () =>
    (client ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        endpoint: config.endpoint,
        region: config.region,
        // Path-style addressing works with every S3-compatible server, virtual hosts need DNS per bucket.
        forcePathStyle: true,
        credentials:
          config.accessKeyId && config.secretAccessKey
            ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
            : undefined,
      }),
    })));
  return {
    name: 's3',
    async put(key, bytes, contentType) {
      const { s3, sdk } = await connect();
      await s3.send(
        new sdk.PutObjectCommand({
          Bucket: config.bucket,
          Key: checkKey(key),
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.byteLength,
        }),
      );
    },
    async get(key) {
      const { s3, sdk } = await connect();
      try {
        const out = await s3.send(new sdk.GetObjectCommand({ Bucket: config.bucket, Key: checkKey(key) }));
        return out.Body ? await out.Body.transformToByteArray() : null;
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'NoSuchKey' || name === 'NotFound') return null;
        throw error;
      }
    },
    async delete(key) {
      const { s3, sdk } = await connect();
      await s3.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key: checkKey(key) }));
    },
    async deletePrefix(prefix) {
      const { s3, sdk } = await connect();
      let count = 0;
      let token: string | undefined;
      do {
        const page = await s3.send(
          new sdk.ListObjectsV2Command({
            Bucket: config.bucket,
            Prefix: `${checkKey(prefix)}/`,
            ContinuationToken: token,
          }),
        );
        // One DeleteObject per key: some S3-compatible servers lack the batch DeleteObjects call.
        for (const object of page.Contents ?? []) {
          if (!object.Key) continue;
          await s3.send(new sdk.DeleteObjectCommand({ Bucket: config.bucket, Key: object.Key }));
          count += 1;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return count;
    },
  };
}

let current: DocumentStorage | undefined;

/** The configured driver: S3 when S3_ENDPOINT and S3_BUCKET are set, else the disk under DATA_DIR/uploads. */
export function documentStorage(): DocumentStorage {
  if (!current) {
    const e = env();
    current =
      e.S3_ENDPOINT && e.S3_BUCKET
        ? s3Storage({
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          })
        : diskStorage(path.join(dataDir(), 'uploads'));
  }
  return current;
}

/** For tests that switch drivers between cases. */
export function resetDocumentStorage(): void {
  current = undefined;
}
