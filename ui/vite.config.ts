import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Set by the Tauri CLI while it runs `beforeBuildCommand`; absent in a plain `vite build`.
const tauriDebugBuild = Boolean(process.env.TAURI_ENV_DEBUG);

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs: the window loads the bundle from Tauri's custom protocol, not from "/".
  base: "./",
  // Keep Rust compiler output visible when the Tauri CLI runs Vite.
  clearScreen: false,
  envPrefix: ["VITE_", "TAURI_ENV_"],
  server: {
    // tauri.conf.json's devUrl points here; another port would leave the window blank.
    port: 1420,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Source maps only for debug app builds; a release ships none.
    sourcemap: tauriDebugBuild,
    minify: !tauriDebugBuild,
    // The bundle is read from the local disk by the app window, not downloaded over a
    // network, so one larger chunk costs nothing; warn only when it grows far beyond today's.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
    // Whole screens render in jsdom; on two busy cores a test can take several seconds.
    testTimeout: 20_000,
  },
});
