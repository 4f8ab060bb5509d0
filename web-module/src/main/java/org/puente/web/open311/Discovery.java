package org.puente.web.open311;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An Open311 Service Discovery document: when it last changed, whom to contact, how to get an API
 * key, and the endpoints (specification, address, last change, production or test, formats).
 */
record Discovery(OffsetDateTime changeset, String contact, String keyService, List<Endpoint> endpoints) {

    record Endpoint(String specification, String url, OffsetDateTime changeset, String type, List<String> formats) {}
}
