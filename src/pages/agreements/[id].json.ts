import { entryJsonRoute } from '../../lib/site/entry-json';

export const { getStaticPaths, GET } = entryJsonRoute('agreements');
