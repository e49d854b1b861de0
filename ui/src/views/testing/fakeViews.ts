// Saved views kept in memory, answering the views commands the way Rust does (names unique per
// profile whatever their case, sorted by name), for the UI tests of saved views.
import type { AppError } from "../../bindings";
import type { SavedView, ViewState } from "../../api/savedViews";

export interface FakeViews {
  views: SavedView[];
  /** Answers `cmd` when it is a views command; `undefined` otherwise. */
  answer: (cmd: string, args: Record<string, unknown>) => unknown;
}

const VIEW_COMMANDS = new Set([
  "list_saved_views",
  "save_view",
  "rename_view",
  "update_view",
  "pin_view",
  "delete_view",
]);

export function fakeViews(initial: SavedView[] = []): FakeViews {
  const fake: FakeViews = { views: [...initial], answer: () => undefined };
  let nextId = Math.max(0, ...initial.map((view) => view.id)) + 1;
  const taken = (name: string, except?: number) =>
    fake.views.some(
      (view) => view.id !== except && view.name.toLowerCase() === name.trim().toLowerCase(),
    );
  const nameTaken = (name: string): AppError => {
    const message = `A view called “${name.trim()}” already exists for this tenant. Choose another name, or save your changes to that view instead.`;
    return { kind: "validation", message, errors: { name: [message] } };
  };
  const find = (id: unknown) => {
    const view = fake.views.find((candidate) => candidate.id === id);
    if (view === undefined) throw { kind: "notFound", message: "This view no longer exists." };
    return view;
  };
  const replace = (changed: SavedView) => {
    fake.views = fake.views.map((view) => (view.id === changed.id ? changed : view));
    return changed;
  };
  const sorted = () =>
    [...fake.views].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));

  fake.answer = (cmd, args) => {
    if (!VIEW_COMMANDS.has(cmd)) return undefined;
    // Copies, as over IPC: the window never holds the store's own objects.
    return structuredClone(change(cmd, args));
  };
  const change = (cmd: string, args: Record<string, unknown>): unknown => {
    const name = String(args.name ?? "");
    switch (cmd) {
      case "list_saved_views":
        return sorted();
      case "save_view": {
        if (taken(name)) throw nameTaken(name);
        const view: SavedView = {
          id: nextId++,
          name: name.trim(),
          pinned: false,
          state: args.state as ViewState,
        };
        fake.views.push(view);
        return view;
      }
      case "rename_view": {
        const view = find(args.id);
        if (taken(name, view.id)) throw nameTaken(name);
        return replace({ ...view, name: name.trim() });
      }
      case "update_view": {
        return replace({ ...find(args.id), state: args.state as ViewState });
      }
      case "pin_view": {
        return replace({ ...find(args.id), pinned: Boolean(args.pinned) });
      }
      case "delete_view":
        find(args.id);
        fake.views = fake.views.filter((view) => view.id !== args.id);
        return null;
    }
    return undefined;
  };
  return fake;
}
