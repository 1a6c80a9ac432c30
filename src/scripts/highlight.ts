// Arriving from a search result, mark the matched terms. Pagefind's highlighter loads only then.
// Its own <style> would break the CSP (no unsafe-inline); global.css styles `mark` instead.
const param = 'highlight';
if (new URLSearchParams(location.search).has(param)) {
  const path = '/pagefind/pagefind-highlight.js';
  import(/* @vite-ignore */ path)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: param, addStyles: false }))
    .catch(() => {});
}
