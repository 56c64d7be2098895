// Pagefind's default UI, started from the page's `?q=` so every search is a link.
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

const PagefindUI = (window as unknown as { PagefindUI: PagefindUIConstructor }).PagefindUI;
const ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false });
const q = new URLSearchParams(window.location.search).get('q');
if (q) ui.triggerSearch(q);

export {};
