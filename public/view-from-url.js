// Runs before the first paint (a classic script in <head>, so no inline script is needed): a link
// that carries view parameters must not show the prerendered default view, even for a moment.
if (window.location.search.length > 1) document.documentElement.classList.add('view-from-url');
