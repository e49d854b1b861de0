// Which fields name a resource's records where the generator's rule (the catalog's `nameRule`:
// name, title, label, first and last name, email, number…) is not what operators say. Keys are
// the generated `ResourceKey` union, so a misspelt resource fails the build.
import type { ResourceKey } from "../generated/unions";

// The reference printed on the charger ("DE*PLG*E0012*1") is what site staff read out; the
// label is often left empty or repeats the charge point's name.
const EVSE_NAME = [["physicalReference"], ["label"], ["networkId"]];

/** Alternatives of fields, tried in order: the first whose fields hold any text names a record. */
export const NAME_RULES: Partial<Record<ResourceKey, string[][]>> = {
  evses: EVSE_NAME,
  // The same EVSEs, listed under their charge point.
  "charge-points.evses": EVSE_NAME,
  // An ID tag is known by its label, else by the UID the card carries.
  "id-tags": [["idLabel"], ["idTagUid"]],
};
