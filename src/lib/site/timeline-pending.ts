// The timeline's one inline script and its CSP hash.
import { createHash } from 'node:crypto';

/**
 * The one inline script of the timeline. With a filter in the URL it keeps the timeline (and the footer
 * after it) unpainted until the filters script has applied the filter, so no entry is seen to jump.
 * It runs before the timeline is parsed; the filters script ends the state, or the load event if that
 * script never ran. Astro does not hash `is:inline` scripts, so astro.config.mjs adds TIMELINE_PENDING_HASH
 * to the CSP from this same text.
 */
export const TIMELINE_PENDING_SCRIPT =
  "if(/[?&](kind|topic|actor|status|from|to|order)=[^&]/.test(location.search)){" +
  "document.documentElement.classList.add('timeline-pending');" +
  "addEventListener('load',function(){document.documentElement.classList.remove('timeline-pending')})}";

export const TIMELINE_PENDING_HASH: `sha256-${string}` = `sha256-${createHash('sha256').update(TIMELINE_PENDING_SCRIPT).digest('base64')}`;
