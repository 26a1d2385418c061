// /about: what the wiki is, how it works offline, and the facts about this device's copy.
import { createFileRoute, Link } from '@tanstack/react-router';
import { Page } from '../components/page';
import { PersistenceNotice } from '../components/persistence-notice';
import { corpusInfoQueryOptions } from '../features/pwa/api/corpus-info-query';
import { AboutApp } from '../features/pwa/components/about-app';

export const Route = createFileRoute('/about')({
  loader: ({ context: { queryClient } }) => queryClient.ensureQueryData(corpusInfoQueryOptions()),
  component: () => (
    <Page
      title="About"
      lede={
        <p>
          A fan wiki about Marvel’s Jessica Jones that lives on your device: once it has loaded, every page works
          offline.
        </p>
      }
      aside={<AboutApp />}
    >
      <PersistenceNotice />
      <section className="section">
        <h2>How it works</h2>
        <p>
          Everything in the wiki is written from <Link to="/sources">four source articles</Link>, and every fact cites
          the one it comes from. The first visit stores the whole wiki, its pages and its search index in your browser,
          so later visits, bookmarked pages and searches need no network at all. You can install it as an app from your
          browser’s menu.
        </p>
        <p>
          When a new version is published, the wiki says so and waits for you to reload; your bookmarks and settings
          stay on this device and are never sent anywhere.
        </p>
      </section>
    </Page>
  ),
});
