// Where a record belongs: "Munich Central › CP-0012 › DE*PLG*E0012*1 › Connector #21", each a
// link. Read from the record's own references and the ids of its parents; a record that names a
// charge point but no location (a session, an EVSE) borrows the charge point's location.
import { Breadcrumbs, Group } from "@mantine/core";
import { IconMapPin } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import type { Value } from "../bindings";
import { findResource, pathValue } from "../catalog/catalogIndex";
import { isRecord } from "../catalog/records";
import { NamedReference } from "../components/NamedReference";
import { RouterAnchor } from "../components/RouterAnchor";
import { recordQueryOptions } from "./queries";

function idText(value: Value | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && value !== "") return value;
  return null;
}

/** The ids of the places a record belongs to, outermost first. */
interface Place {
  location: string | null;
  chargePoint: string | null;
  /** A top-level EVSE id (a session's `evseId`), or a nested one (under its charge point). */
  evse: string | null;
  evseNested: boolean;
  connector: string | null;
}

function placeOf(
  resourceKey: string,
  record: Record<string, Value>,
  parentPath: Record<string, string>,
): Place {
  const isChargePoint = resourceKey === "charge-points";
  const isNestedEvse = resourceKey === "charge-points.evses";
  return {
    location: idText(record.locationId),
    chargePoint: isChargePoint
      ? null
      : (idText(record.chargePointId) ?? parentPath.chargePoint ?? null),
    evse:
      isNestedEvse || resourceKey === "evses"
        ? null
        : (parentPath.evse ?? idText(record.evseId) ?? null),
    evseNested: parentPath.evse !== undefined,
    connector: resourceKey.endsWith("connectors") ? null : idText(record.connectorId),
  };
}

export function PlaceTrail({
  resourceKey,
  record,
  parentPath,
}: {
  resourceKey: string;
  record: Record<string, Value>;
  parentPath: Record<string, string>;
}) {
  const place = placeOf(resourceKey, record, parentPath);
  const chargePoints = findResource("charge-points");
  // The location of the charge point, where the record itself does not name one.
  const borrowed = useQuery({
    ...recordQueryOptions(chargePoints!, { chargePoint: pathValue(place.chargePoint ?? "") }),
    enabled: place.location === null && place.chargePoint !== null && chargePoints !== undefined,
  });
  const location =
    place.location ?? (isRecord(borrowed.data) ? idText(borrowed.data.locationId) : null);

  const crumbs: ReactNode[] = [];
  if (location !== null) {
    crumbs.push(
      <RouterAnchor
        key="location"
        size="sm"
        to="/r/$resource/$id"
        params={{ resource: "locations", id: location }}
        data-testid="place-location"
      >
        <NamedReference
          resource={findResource("locations")}
          id={location}
          fallback={`Location #${location}`}
        />
      </RouterAnchor>,
    );
  }
  if (place.chargePoint !== null) {
    crumbs.push(
      <RouterAnchor
        key="charge-point"
        size="sm"
        to="/r/$resource/$id"
        params={{ resource: "charge-points", id: place.chargePoint }}
        data-testid="place-charge-point"
      >
        <NamedReference
          resource={chargePoints}
          id={place.chargePoint}
          fallback={`Charge point #${place.chargePoint}`}
        />
      </RouterAnchor>,
    );
  }
  if (place.evse !== null) {
    crumbs.push(
      place.evseNested && place.chargePoint !== null ? (
        <RouterAnchor
          key="evse"
          size="sm"
          to="/r/$resource/$id"
          params={{ resource: "charge-points.evses", id: place.evse }}
          search={{ path: { chargePoint: place.chargePoint } }}
          data-testid="place-evse"
        >
          {`EVSE #${place.evse}`}
        </RouterAnchor>
      ) : (
        <RouterAnchor
          key="evse"
          size="sm"
          to="/r/$resource/$id"
          params={{ resource: "evses", id: place.evse }}
          data-testid="place-evse"
        >
          {/* An EVSE's name is often a bare number ("1"): the noun says what it is. */}
          EVSE{" "}
          <NamedReference
            resource={findResource("evses")}
            id={place.evse}
            fallback={`#${place.evse}`}
          />
        </RouterAnchor>
      ),
    );
  }
  if (place.connector !== null && place.chargePoint !== null && place.evse !== null) {
    crumbs.push(
      <RouterAnchor
        key="connector"
        size="sm"
        to="/r/$resource/$id"
        params={{ resource: "charge-points.evses.connectors", id: place.connector }}
        search={{ path: { chargePoint: place.chargePoint, evse: place.evse } }}
        data-testid="place-connector"
      >
        {`Connector #${place.connector}`}
      </RouterAnchor>,
    );
  }
  if (crumbs.length === 0) return null;
  return (
    <Group component="nav" gap={6} aria-label="Where it belongs" data-testid="detail-place">
      <IconMapPin size={16} aria-hidden color="var(--mantine-color-dimmed)" />
      <Breadcrumbs separator="›" separatorMargin={6}>
        {crumbs}
      </Breadcrumbs>
    </Group>
  );
}
