// schema.org JSON-LD for agreement and event pages.
import type { Agreement } from '../../schemas/agreement.ts';
import type { TrackerEvent } from '../../schemas/event.ts';
import { AGREEMENT_TYPES } from '../../schemas/agreement.ts';

interface Party {
  name: string;
  url: string;
  isPerson: boolean;
}

const ref = (p: Party) => ({ '@type': p.isPerson ? 'Person' : 'Organization', name: p.name, url: p.url });
const citations = (sources: Agreement['sources']) =>
  sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, publisher: s.publisher, ...(s.url ? { url: s.url } : {}), ...(s.date ? { datePublished: s.date.start } : {}) }));

/** schema.org Legislation: the closest published type for agreements, policies and rule changes. */
export function agreementJsonLd(a: Agreement, url: string, parties: Party[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: a.title,
    ...(a.shortName ? { alternateName: a.shortName } : {}),
    ...(a.titleJa ? { alternativeHeadline: a.titleJa } : {}),
    description: a.summary,
    legislationType: AGREEMENT_TYPES[a.type],
    legislationDate: a.date.start,
    legislationLegalForce: a.status === 'superseded' || a.status === 'expired' ? 'NotInForce' : undefined,
    legislationPassedBy: parties.map(ref),
    citation: citations(a.sources),
    dateModified: a.lastReviewed.start,
  };
}

export function eventJsonLd(e: TrackerEvent, url: string, actors: Party[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: e.title,
    description: e.summary,
    startDate: e.date.start,
    ...(e.date.end ? { endDate: e.date.end } : {}),
    ...(e.location ? { location: { '@type': 'Place', name: e.location } } : {}),
    ...(actors.length ? { performer: actors.map(ref) } : {}),
    citation: citations(e.sources),
  };
}
