import 'server-only';
import { renderRichText } from '@/lib/content/rich-text';

/**
 * An editor-written body (Markdown) as sanitized HTML. The HTML comes only from renderRichText, which
 * runs sanitize-html with the portal's allowlist: no script, handler, style or javascript: URL survives.
 */
export function RichText({ source, className }: { source: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderRichText(source) }} />;
}
