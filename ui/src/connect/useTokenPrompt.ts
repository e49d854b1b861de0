import { useContext } from "react";
import { TokenPromptContext, type TokenPromptApi } from "./tokenPromptContext";

// Outside the shell (a component rendered alone in a test) there is nobody to ask.
const NO_PROMPT: TokenPromptApi = { promptForToken: () => Promise.resolve(false) };

/**
 * The token re-entry prompt, for screens whose call failed with `unauthorized` (the tenant
 * revoked or expired the token). Failed *queries* need nothing: the prompt opens by itself
 * and refetches them once a new token is saved. A mutation or any other direct call does this:
 *
 *   const { promptForToken } = useTokenPrompt();
 *   onError: async (error) => {
 *     if (isUnauthorized(error) && (await promptForToken())) mutation.mutate(variables);
 *   }
 */
export function useTokenPrompt(): TokenPromptApi {
  return useContext(TokenPromptContext) ?? NO_PROMPT;
}
