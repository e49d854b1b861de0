import { createMemoryHistory } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import { App } from "../app/App";

/** Renders the whole app, with all providers, at `path`, without touching the real URL. */
export function renderApp(path = "/") {
  const history = createMemoryHistory({ initialEntries: [path] });
  return { history, ...render(<App history={history} />) };
}
