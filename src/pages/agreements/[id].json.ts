import { entryJsonRoute } from '../../lib/entry-json';

export const { getStaticPaths, GET } = entryJsonRoute('agreements');
