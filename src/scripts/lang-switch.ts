// The language switch keeps the reader where they are: its static href is the twin page; here it also
// carries the query (filters, search) and the fragment, and follows them when the page rewrites its URL.
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (link) {
  const path = link.pathname;
  const sync = () => {
    link.href = `${path}${location.search}${location.hash}`;
  };
  sync();
  const replaceState = history.replaceState.bind(history);
  history.replaceState = (...args: Parameters<History['replaceState']>) => {
    replaceState(...args);
    sync();
  };
  addEventListener('hashchange', sync);
  addEventListener('popstate', sync);
}
