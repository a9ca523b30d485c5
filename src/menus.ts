/**
 * The page's disclosure menus (`details.calendar-menu`, "Add to calendar"). They open and close by their
 * summary without any script; with it, they also behave as visitors expect of a menu: Escape closes the
 * open one and puts focus back on its button, and a click or focus elsewhere closes it.
 */

/** Makes every `details.calendar-menu` under `root` close on Escape, on a click outside, and when focus leaves. */
export function enableMenus(root: Document = document): void {
  const menus = [...root.querySelectorAll<HTMLDetailsElement>('details.calendar-menu')];
  if (menus.length === 0) return;
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const menu of menus.filter((m) => m.open)) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  root.addEventListener('click', (event) => {
    for (const menu of menus) if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
  for (const menu of menus) {
    menu.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && !menu.contains(event.relatedTarget)) menu.open = false;
    });
  }
}
