import type { NewsletterState } from '../../../contracts/newsletters.ts';

export const stateColors: Record<NewsletterState, string> = { draft: 'default', in_review: 'processing', returned: 'warning', published: 'success' };
