import { resolve, sep } from 'node:path';

/** Whether a file being rendered lies inside a folder (paths may be relative or absolute). */
export function isUnder(path: string | undefined, root: string): boolean {
  return !!path && resolve(path).startsWith(resolve(root) + sep);
}
