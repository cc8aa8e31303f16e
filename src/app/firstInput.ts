/**
 * main.tsx imports this module for its side effect (listening from the first script, so that input
 * during the load counts). The listener now lives on the shelf (src/ui/firstInput.ts), which
 * BrowserOnly shares with the frame; this re-export keeps main.tsx's import until it points there.
 */
export * from '../ui/firstInput';
