import type { APIRoute } from 'astro';
import { exportedEntries } from '../../lib/site/site-data';
import { localeView } from '../../lib/site/i18n-data';
import { feedResponse } from '../../lib/publish/feed';
import { t } from '../../i18n/ui';

export const GET: APIRoute = async ({ site }) => {
  const view = await localeView('ja');
  return feedResponse({ title: t('ja', 'site.title'), description: t('ja', 'site.description'), site: site!, entries: await exportedEntries(site!), locale: 'ja', nameOf: view.nameOf });
};
