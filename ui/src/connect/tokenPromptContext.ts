import { createContext } from "react";

export interface TokenPromptApi {
  /**
   * Asks the operator for a new API token for the active profile, over the current screen.
   * Resolves true once the new token is saved (the caller may then retry what failed), false
   * when the operator cancelled. Concurrent calls share one prompt.
   */
  promptForToken: () => Promise<boolean>;
}

export const TokenPromptContext = createContext<TokenPromptApi | null>(null);
