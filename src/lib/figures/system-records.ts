// The agreements and events that name a system (in `systems`, or a figure or count for it), in timeline order.
import type { LocaleView } from '../site/i18n-data';
import type { TimelineRecord } from '../record/records';

export function systemRecords(view: LocaleView, id: string): TimelineRecord[] {
  const positions = (view.data.backlinks.get(id) ?? [])
    .filter((b) => (b.collection === 'agreements' || b.collection === 'events') && b.relations.includes('system'))
    .flatMap((b) => {
      const i = view.data.position.get(b.id);
      return i === undefined ? [] : [i];
    })
    .sort((a, b) => a - b);
  return positions.map((i) => view.records[i]!);
}
