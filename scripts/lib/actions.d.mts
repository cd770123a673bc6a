export function findAction(exportedName: string): string | undefined;
export function asForm(fields: Record<string, string>): unknown;
export function invokeAction(
  baseUrl: string,
  page: string,
  actionId: string,
  args: unknown[],
  extraHeaders?: Record<string, string>,
): Promise<{ status: number; value: unknown; text: string; error?: string }>;
export function validNationalCode(): string;
