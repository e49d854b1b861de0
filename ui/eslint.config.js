import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import reactRefresh from "eslint-plugin-react-refresh";
import globals from "globals";
import tseslint from "typescript-eslint";

// The UI's layers, lowest first. Each may import only from the layers before it (and from
// itself); the README's layout section says what each holds. An import up a layer, or one
// that would close a circle between folders, fails `npm run lint`.
const LAYERS = [
  // With src/bindings.ts (tauri-specta's, at the top of src/): a file, not a folder, so
  // every layer may import it without a rule saying so.
  ["generated", ["src/generated"]],
  ["overlay", ["src/overlay"]],
  ["format", ["src/format"]],
  ["catalog", ["src/catalog"]],
  ["api", ["src/api"]],
  ["components", ["src/components", "src/theme"]],
  ["feature", []],
  ["pages", ["src/pages"]],
  ["app", ["src/app"]],
];

// The features sit on one layer and use no other feature's insides. A few build on another
// one through its public index (index.ts): browse mounts the actions menu, which opens forms.
// Listing here which feature may use which keeps the features free of circles.
const FEATURES = {
  forms: [],
  actions: ["forms"],
  bulk: ["actions", "forms"],
  browse: ["actions", "bulk", "forms", "views"],
  home: [],
  connect: [],
  activity: [],
  views: [],
};

const elementOf = (type, pattern) => ({ type, pattern });

const layerTypes = LAYERS.map(([type]) => type);
const below = (type) => layerTypes.slice(0, layerTypes.indexOf(type));

const layerElements = LAYERS.flatMap(([type, patterns]) =>
  patterns.map((pattern) => elementOf(type, pattern)),
);
const featureElements = Object.keys(FEATURES).map((name) => ({
  type: `feature:${name}`,
  pattern: `src/${name}`,
}));
const everyFeature = Object.keys(FEATURES).map((name) => `feature:${name}`);
const typesBelow = (type) => below(type).flatMap((t) => (t === "feature" ? everyFeature : [t]));

const policies = [
  // Inside one folder anything goes.
  { allow: { dependency: { relationship: { to: "internal" } } } },
  ...layerTypes
    .filter((type) => type !== "feature")
    .map((type) => ({
      from: { element: { type } },
      allow: { to: { element: { types: typesBelow(type) } } },
    })),
  ...Object.entries(FEATURES).flatMap(([name, uses]) => [
    {
      from: { element: { type: `feature:${name}` } },
      allow: { to: { element: { types: typesBelow("feature") } } },
    },
    ...uses.map((other) => ({
      from: { element: { type: `feature:${name}` } },
      allow: {
        to: { element: { type: `feature:${other}` }, file: { path: `**/src/${other}/index.ts` } },
      },
    })),
  ]),
];

export default defineConfig([
  // Generated code is checked by its generators, not by hand-written style rules.
  globalIgnores(["dist", "src/generated", "src/bindings.ts"]),
  {
    files: ["**/*.{ts,tsx}"],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The layering. Tests and their helpers (test/, testing/, fake back ends) may reach
    // across: they assemble the app to exercise it. main.tsx only mounts the app.
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/main.tsx",
      "src/bindings.ts",
      "src/**/*.test.{ts,tsx}",
      "src/test/**",
      "src/**/testing/**",
      "src/**/fake*.ts",
    ],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": [...layerElements, ...featureElements],
      "import/resolver": { node: { extensions: [".ts", ".tsx"] } },
    },
    rules: {
      "boundaries/dependencies": ["error", { default: "disallow", policies }],
      "boundaries/no-unknown-files": "error",
    },
  },
  {
    files: ["*.config.{js,ts}"],
    languageOptions: { globals: globals.node },
  },
]);
