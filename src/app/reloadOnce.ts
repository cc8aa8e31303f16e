/** main.tsx's import of the reload guard, which now lives on the shelf beside lazyWithPreload. */
export * from '../ui/reloadOnce';
