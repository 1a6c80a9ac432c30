import { z } from 'astro/zod';

/** Entry ids are file names: lowercase words joined by hyphens, unique across all collections. */
export const entryIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an entry id: lowercase letters, digits and hyphens, e.g. "rdte-mou"',
  });

/** A list of ids pointing at other entries; checked for dangling targets by src/lib/content/integrity.ts. */
export const idListSchema = z.array(entryIdSchema).default([]);
