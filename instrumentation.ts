export async function register(): Promise<void> {
  // The condition must wrap the import so the edge build drops the Node-only modules.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./lib/server-start');
    await startServer();
  }
}
