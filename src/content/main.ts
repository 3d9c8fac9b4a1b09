// Content script entry: marks the page so tests can tell it ran, then starts watching for
// compose windows.
document.documentElement.setAttribute('data-sopan-loaded', '1');
