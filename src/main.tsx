import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bundleQuery, firstPaintFiles } from './data/queries';
import './app/app.css';

const queryClient = new QueryClient();
// Every view needs the bundle: ask for it before React's first render, and load the validator
// alongside, so both are ready by the time the shell has painted.
for (const file of firstPaintFiles) void queryClient.prefetchQuery(bundleQuery(file));
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
