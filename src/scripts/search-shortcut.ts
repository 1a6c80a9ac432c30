// "/" focuses the header search box from anywhere but a text field, as on most search-heavy sites.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('#site-search-q');
  if (box) {
    event.preventDefault();
    box.focus();
  }
});
