// One popover for the page: opened from a button, placed below it within the viewport, closed
// by Escape, by a click elsewhere or by its close button, and giving focus back to its opener.
import { $, h, fill } from './dom.js';

let opener = null;

export function openPopover(anchor, title, ...content) {
  const box = $('#popover');
  closePopover();
  opener = anchor;
  anchor.setAttribute('aria-expanded', 'true');
  fill(box,
    h('div', { class: 'popover-head' },
      h('h2', { id: 'popover-title' }, title),
      h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => closePopover() }, '×')),
    content);
  box.hidden = false;
  place(box, anchor);
  box.querySelector('.close').focus();
}

export function closePopover() {
  const box = $('#popover');
  if (box.hidden) return;
  box.hidden = true;
  if (opener) {
    opener.setAttribute('aria-expanded', 'false');
    if (document.contains(opener)) opener.focus();
  }
  opener = null;
}

function place(box, anchor) {
  const rect = anchor.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(box.offsetWidth, document.documentElement.clientWidth - 2 * margin);
  const left = Math.min(Math.max(margin, rect.left), document.documentElement.clientWidth - width - margin);
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${rect.bottom + window.scrollY + 4}px`;
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closePopover();
});
document.addEventListener('click', (event) => {
  const box = $('#popover');
  if (!box.hidden && !box.contains(event.target) && !(opener && opener.contains(event.target))) closePopover();
});
