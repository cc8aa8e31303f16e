import { createElement, lazy, useState, type ComponentType } from 'react';
import { reloadOnceForNewRelease } from './reloadOnce';

type Module<P> = { default: ComponentType<P> };

/**
 * React.lazy with a `preload()`: a component whose code was preloaded renders at once, without
 * passing through its Suspense fallback. main.tsx preloads the panes before it replaces the
 * prerendered page, so the page never flashes back to skeletons.
 *
 * A failed download is not kept: the next render ("Try again") downloads afresh. The first
 * failure of a session reloads the page once, at the same URL, since after a deploy the old
 * hashed files are gone and only the new page knows the new ones.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<Module<P>>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  let attempt = 0;
  const preload = (): Promise<void> =>
    (pending ??= (attempt++ ? retry(load) : load()).then(
      (m) => {
        loaded = m.default;
      },
      (err: unknown) => {
        pending = undefined;
        noteFailedStylesheet(err);
        // The failed Lazy stays until the reader asks again: a fresh one at once would be
        // tried again by every render, in a loop of downloads.
        retries.add(() => (Lazy = makeLazy()));
        if (reloadOnceForNewRelease()) return new Promise<never>(() => {});
        throw err;
      },
    ));
  const makeLazy = () => lazy(() => preload().then(() => ({ default: loaded as ComponentType<P> })));
  let Lazy = makeLazy();
  function WithPreload(props: P) {
    // Chosen once per instance: switching from Lazy to the loaded type later would remount it.
    const [ready] = useState(() => loaded ?? Lazy);
    return createElement(ready, props);
  }
  return Object.assign(WithPreload, { preload });
}

const retries = new Set<() => void>();

/** "Try again": the components whose code failed to download will download it afresh. */
export function retryFailedDownloads(): void {
  retries.forEach((retry) => retry());
  retries.clear();
}

/** Stylesheets whose download failed, to be added afresh before the code is asked for again. */
const failedStylesheets = new Set<string>();
function noteFailedStylesheet(err: unknown): void {
  const css = /Unable to preload CSS for (\S+)/.exec(err instanceof Error ? err.message : '')?.[1];
  if (css) failedStylesheets.add(css);
}

/**
 * Downloads again what failed. Vite's preload helper remembers a stylesheet it once tried (the
 * failed <link> stays, and it will not add another), and a browser may remember a failed module:
 * so the stylesheet gets a fresh link and the module a fresh URL.
 */
async function retry<P>(load: () => Promise<Module<P>>): Promise<Module<P>> {
  for (const css of failedStylesheets) {
    await freshStylesheet(css);
    failedStylesheets.delete(css);
  }
  try {
    return await load();
  } catch (err) {
    noteFailedStylesheet(err);
    const js = /(https?:\/\/\S+?\.js)\b/.exec(err instanceof Error ? err.message : '')?.[1];
    if (js) return import(/* @vite-ignore */ `${js}?retry=${Date.now()}`) as Promise<Module<P>>;
    throw err;
  }
}

function freshStylesheet(href: string): Promise<void> {
  for (const old of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    if (old.href === href) old.remove();
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: `${href}?retry=${Date.now()}`,
  });
  return new Promise((ok, fail) => {
    link.onload = () => ok();
    link.onerror = () => fail(new Error(`Unable to preload CSS for ${href}`));
    document.head.append(link);
  });
}
