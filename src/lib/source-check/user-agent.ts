// The User-Agent the source checker sends: who is asking, and where to read about it (ASCII only: it is an HTTP header).
import { REPO_URL, SITE_URL } from '../../consts.ts';

/** Names the project and its repository (TRACKER_REPO_URL; the site's address when unset) so a site's owner can find out who visits. */
export function userAgent(repo = REPO_URL, site = SITE_URL): string {
  return `JapanUSDefenseIndustryTracker-SourceCheck/1.0 (link check by the Japan-US Defense Industry Cooperation Tracker; +${repo ?? site})`;
}
