// RSS of the newest entries that touch one system, in English or Japanese.
import { getEntry } from 'astro:content';
import { exportedEntries } from '../site/site-data';
import { localeView } from '../site/i18n-data';
import { feedResponse } from '../publish/feed';
import { t } from '../../i18n/ui';
import type { Locale } from '../../i18n/locales';

export async function systemFeed(locale: Locale, id: string, site: URL): Promise<Response> {
  const view = await localeView(locale);
  const system = (await getEntry('systems', id))!;
  const summary = view.translations?.systems.get(id)?.data.summary ?? system.data.summary;
  return feedResponse({
    title: `${view.nameOf(id)} | ${t(locale, 'site.title')}`,
    description: summary,
    site,
    entries: (await exportedEntries(site)).filter((e) => e.systems.some((s) => s.id === id) || e.amounts.some((a) => a.system === id) || e.quantities.some((q) => q.system === id)),
    locale,
    nameOf: view.nameOf,
  });
}
