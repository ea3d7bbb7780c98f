/**
 * Each mock interface is its own chunk, loaded when a scenario or an item needs it: a scenario page carries only
 * the one to three kinds it shows, not all seven. `preloadMocks` starts loading them early (while storage opens), so
 * by the time a step is shown its mock is usually ready.
 */
import type { Component } from 'svelte';
import type { Mock } from '../../schemas/mock';

type MockComponent = Component<{ mock: never }>;

// `unknown`: Astro's checker and Svelte's type .svelte imports differently; each is a component taking `{ mock }`.
const LOADERS: Record<Mock['kind'], () => Promise<{ default: unknown }>> = {
  'dm-thread': () => import('./DmThread.svelte'),
  'post-composer': () => import('./PostComposer.svelte'),
  'comment-thread': () => import('./CommentThread.svelte'),
  scene: () => import('./SceneFrame.svelte'),
  profile: () => import('./ProfileCard.svelte'),
  'access-settings': () => import('./AccessSettings.svelte'),
  article: () => import('./ArticleCard.svelte'),
};

const loading = new Map<Mock['kind'], Promise<MockComponent>>();
const loaded = new Map<Mock['kind'], MockComponent>();

/** The component for a kind of mock, loading it once. */
export function loadMock(kind: Mock['kind']): Promise<MockComponent> {
  let promise = loading.get(kind);
  if (!promise) {
    promise = LOADERS[kind]().then((module) => {
      const component = module.default as MockComponent;
      loaded.set(kind, component);
      return component;
    });
    // A failed load may be retried (the network may be back).
    promise.catch(() => loading.delete(kind));
    loading.set(kind, promise);
  }
  return promise;
}

/** The component for a kind already loaded, or undefined. */
export function loadedMock(kind: Mock['kind']): MockComponent | undefined {
  return loaded.get(kind);
}

/** Starts loading the components for these mocks. */
export function preloadMocks(mocks: readonly (Mock | undefined)[]): void {
  for (const kind of new Set(mocks.flatMap((mock) => (mock ? [mock.kind] : [])))) void loadMock(kind);
}
