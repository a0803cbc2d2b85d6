import type {ReactiveElement} from 'lit';

/**
 * Shows new stories without moving what the reader is looking at: the first story in view keeps
 * its place on screen. While focus is inside the widget, new stories wait until it leaves, so a
 * focused button never turns into another story's. `ids()`: the ids of the stories shown, in order.
 */
export async function keepReaderInPlace(host: ReactiveElement, ids: () => string[], show: () => void): Promise<void> {
  if (host.matches(':focus-within')) {
    host.addEventListener('focusout', () => void keepReaderInPlace(host, ids, show), {once: true});
    return;
  }
  const cards = () => host.renderRoot.querySelectorAll('article');
  const before = ids();
  const anchor = host.getBoundingClientRect().top < 0 ? [...cards()].findIndex((card) => card.getBoundingClientRect().bottom > 0) : -1;
  const top = cards()[anchor]?.getBoundingClientRect().top;
  show();
  if (top === undefined) return;
  await host.updateComplete;
  const card = cards()[ids().indexOf(before[anchor])];
  if (card) window.scrollBy(0, card.getBoundingClientRect().top - top);
}
