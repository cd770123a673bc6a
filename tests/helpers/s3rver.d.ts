// The fake S3 server ships no types; the tests use only its constructor, run() and close().
declare module '@20minutes/s3rver';
