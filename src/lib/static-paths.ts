import { getCollection } from 'astro:content';
import { siteData } from './site-data';
import { statusesOf, yearsOf } from './records';

/** The pages each route makes, shared by the English routes and their Japanese twins under /ja/. */
export async function recordPaths(collection: 'agreements' | 'events') {
  return (await getCollection(collection)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function actorPaths() {
  return (await getCollection('actors')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function topicPaths() {
  return (await getCollection('topics')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export async function yearPaths() {
  const { records } = await siteData();
  return yearsOf(records).map((year) => ({ params: { year: String(year) } }));
}

export async function statusPaths() {
  const { records } = await siteData();
  return statusesOf(records).map((status) => ({ params: { status } }));
}
