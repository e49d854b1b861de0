// A reference as operators read it: "Munich Central · #12". The id shows at once; the name
// fills in when it arrives. A reference that cannot be named keeps its id and says why on
// hover. Inside a link, the link's own title stays for references that are fine.
import type { CatalogResource } from "../catalog/catalogIndex";
import { namedReferenceText } from "../catalog/names";
import { useRecordName } from "../api/names";

export function NamedReference({
  resource,
  id,
  fallback,
}: {
  resource: CatalogResource | undefined;
  id: string;
  /** What shows until the name arrives, and where there is none: the id as it reads today. */
  fallback: string;
}) {
  const name = useRecordName(resource, id);
  if (name.status === "named") {
    return <span data-name-state="named">{namedReferenceText(name.name, id)}</span>;
  }
  if (name.status === "unresolved") {
    return (
      <span data-name-state="unresolved" title={`No name shown: ${name.reason}`}>
        {fallback}
      </span>
    );
  }
  return <span data-name-state={name.status}>{fallback}</span>;
}
