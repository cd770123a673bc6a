/** What an editor sees for a content row (pure, so the admin list and tests share it). */
export type ContentStatus = 'draft' | 'scheduled' | 'published' | 'unpublished';

export function contentStatus(
  row: { state: 'draft' | 'published' | 'unpublished'; publishAt: Date },
  now: Date = new Date(),
): ContentStatus {
  if (row.state !== 'published') return row.state;
  return row.publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}
