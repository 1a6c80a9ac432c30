// Copy buttons for an entry's permanent link and its citations. Without JavaScript the text stays selectable.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    if (copyStatus) copyStatus.textContent = (copyStatus.dataset.copied ?? '{what} copied to the clipboard.').replace('{what}', what);
  } catch {
    if (copyStatus) copyStatus.textContent = (copyStatus.dataset.failed ?? 'Could not copy; select the {what} and copy it by hand.').replace('{what}', what.toLowerCase());
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const kind = button.dataset.copy!;
    if (kind === 'link') {
      const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
      void copy(canonical, button.dataset.label ?? 'Link');
    } else {
      const text = document.querySelector<HTMLElement>(`pre[data-cite="${kind}"]`)?.textContent ?? '';
      void copy(text, `${button.dataset.label ?? 'Citation'}`);
    }
  });
}
