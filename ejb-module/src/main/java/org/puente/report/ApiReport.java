package org.puente.report;

/**
 * A report as an API client (Open311 GeoReport v2) sends it, every field as it came: the intake
 * checks the key, finds the municipality, the service and the colonia, and reads the numbers itself.
 * source is the client's address (its rate limit); the idempotency key is the client's own, not yet
 * tied to his API key.
 */
public record ApiReport(
        String apiKey,
        String source,
        String jurisdiction,
        String serviceCode,
        String latitude,
        String longitude,
        String addressId,
        String address,
        String description,
        String firstName,
        String lastName,
        String email,
        String phone,
        String idempotencyKey) {}
