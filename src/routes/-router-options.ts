// The router's options that decide what a URL means, shared by the app and the component tests' router: search values
// stay text unless they are JSON lists or objects, and a path with segments no route has (`/characters/kilgrave/extra`)
// is the root's "not found" rather than the page it starts with.
import { parseSearch, stringifySearch } from './-search-params';

export const routerOptions = { notFoundMode: 'root', parseSearch, stringifySearch } as const;
