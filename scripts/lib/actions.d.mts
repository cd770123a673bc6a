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
export function registrationFields(
  a: { nationalCode: string; mobile: string; email: string; mobileCode?: string; emailCode?: string },
  form: { rulesVersion: string; password: string; altcha: string },
): Record<string, string>;
