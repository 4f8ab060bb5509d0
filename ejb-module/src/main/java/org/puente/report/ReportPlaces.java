package org.puente.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;

/**
 * Where an API call's report belongs, from what the call names: the municipality (Open311's
 * jurisdiction_id, its code), an active service of its catalogue, and the colonia, by its id, by the
 * nearest centre to a point, or by its name in a written address. Each unknown is refused
 * ({@link ApiRefusal}) with the message the API answers.
 */
@Stateless
public class ReportPlaces {

    /** How far from a colonia's centre a point still counts as in it. */
    static final double MAX_DISTANCE_METRES = 3000;

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** The municipality with that code; none given is the only one, when only one is served. */
    public Body jurisdiction(String code) {
        List<Body> municipalities = em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .getResultList();
        if (blank(code)) {
            if (municipalities.size() == 1) {
                return municipalities.get(0);
            }
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.jurisdiction.missing");
        }
        return municipalities.stream()
                .filter(b -> b.getCode().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.UNKNOWN, "open311.jurisdiction.unknown", code));
    }

    /** An active service of the municipality by its code (the Open311 service_code). */
    public PublicService service(Body body, String code) {
        // The department comes in the same statement: the intake routes to it and names it in its answer.
        return em.createQuery(
                        "select s from PublicService s join fetch s.department"
                                + " where s.body = :body and s.code = :code and s.active = true",
                        PublicService.class)
                .setParameter("body", body)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.UNKNOWN, "open311.service.unknown", code));
    }

    /** The colonia an API call names: by address_id, else by lat and long, else by address_string. */
    public Colonia colonia(Body body, String addressId, BigDecimal latitude, BigDecimal longitude, String address) {
        if (!blank(addressId)) {
            return byId(body, addressId.strip())
                    .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.UNKNOWN, "open311.address.unknown", addressId));
        }
        if (latitude != null) {
            GeoPoint point;
            try {
                point = new GeoPoint(latitude, longitude);
            } catch (IllegalArgumentException e) {
                throw new ApiRefusal(ApiRefusal.Reason.INVALID, "report.point.invalid");
            }
            return nearest(body, point, MAX_DISTANCE_METRES)
                    .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.location.outside"));
        }
        if (!blank(address)) {
            return inAddress(body, address)
                    .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.location.unknown"));
        }
        throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.location.missing");
    }

    /** A colonia of the body by its id written as text ("12"; anything else names none). */
    private Optional<Colonia> byId(Body body, String id) {
        Long number;
        try {
            number = Long.valueOf(id);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        Colonia colonia = number.toString().equals(id) ? em.find(Colonia.class, number) : null;
        return Optional.ofNullable(colonia)
                .filter(c -> c.getDelegacion().getBody().equals(body));
    }

    /**
     * The colonia whose centre is nearest the point, within the distance: the database gives the
     * colonias whose centre lies in a box around the point, and the nearest of those is measured.
     */
    Optional<Colonia> nearest(Body body, GeoPoint point, double maxMetres) {
        NearArea area = NearArea.around(point.getLatitude(), point.getLongitude(), maxMetres);
        return em
                .createQuery(
                        // the delegación in the same statement (its body is checked): one round trip, not one per
                        // colonia
                        "select c from Colonia c join fetch c.delegacion d where d.body = :body"
                                + " and c.centre.latitude between :minLat and :maxLat"
                                + " and c.centre.longitude between :minLon and :maxLon",
                        Colonia.class)
                .setParameter("body", body)
                .setParameter("minLat", area.minLatitude())
                .setParameter("maxLat", area.maxLatitude())
                .setParameter("minLon", area.minLongitude())
                .setParameter("maxLon", area.maxLongitude())
                .getResultList()
                .stream()
                .min(Comparator.comparingDouble((Colonia c) -> c.getCentre().distanceTo(point))
                        .thenComparing(Colonia::getName)
                        .thenComparing(Colonia::getId))
                .filter(c -> c.getCentre().distanceTo(point) <= maxMetres);
    }

    /** The colonia named in a free-text address, if one is (the longest name that appears). */
    private Optional<Colonia> inAddress(Body body, String address) {
        String text = normalise(address);
        return em.createNamedQuery("Colonia.byBody", Colonia.class)
                .setParameter("body", body)
                .getResultStream()
                .filter(c -> text.contains(normalise(c.getName())))
                .max(Comparator.comparingInt(c -> c.getName().length()));
    }

    static String normalise(String s) {
        return s == null
                ? ""
                : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
