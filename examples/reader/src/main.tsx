// Pages by query string: ?article=<slug> an explainer, ?q=<words> search (&per=<page size>), else the latest.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from './apollo';
import { Explainer } from './Explainer';
import { Latest } from './Latest';
import { Search } from './Search';
import './styles.css';

const params = new URLSearchParams(window.location.search);
const slug = params.get('article');
const q = params.get('q')?.trim();
const per = Math.min(100, Math.max(1, Number(params.get('per')) || 10));

function App() {
  return (
    <>
      <header className="masthead">
        <a href="/">Explainers</a>
        <form role="search" action="/">
          <input type="search" name="q" aria-label="Search explainers" defaultValue={q ?? ''} />
          <button type="submit">Search</button>
        </form>
      </header>
      <main>{q ? <Search query={q} pageSize={per} /> : slug ? <Explainer slug={slug} /> : <Latest />}</main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
