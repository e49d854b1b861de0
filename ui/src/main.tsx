import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "@mantine/spotlight/styles.css";
import "./theme/accessibility.css";

import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { forgetAllKept } from "./api/keptRows";
import { App } from "./app/App";
import { STARTUP_MARKS, markOnce } from "./app/startupTiming";

// Imports are evaluated before this module's first statement.
markOnce(STARTUP_MARKS.modulesRun);

const container = document.getElementById("root");
if (container === null) {
  throw new Error("index.html has no #root element");
}

// A page loaded again (after WebKit's page process ended) starts without the rows the last
// one had kept.
forgetAllKept();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
