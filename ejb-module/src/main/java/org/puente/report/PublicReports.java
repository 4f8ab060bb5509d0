package org.puente.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.puente.catalog.GeoPoint;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;

/**
 * Reports as public information: the read side of the Open311 API (its filters and their limits) and
 * of open data, and the open reports like a new one that the report form offers to follow.
 */
@Stateless
public class PublicReports {

    /** The most reports one Open311 answer lists. */
    public static final int MAX_RESULTS = 1000;
    /** The longest period one Open311 query covers. */
    static final Duration MAX_SPAN = Duration.ofDays(90);

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private ReportPlaces places;

    /**
     * Open311's GET requests: the reports with those folios, or else those of a service (its code),
     * statuses ("open", "closed", comma-separated) and period (by default the 90 days up to now, at most
     * 90 days), newest first.
     */
    public List<PublicReport> search(
            Body body,
            List<String> folios,
            String serviceCode,
            String status,
            OffsetDateTime start,
            OffsetDateTime end) {
        OffsetDateTime to = end == null ? OffsetDateTime.now(clock) : end;
        OffsetDateTime from = start == null ? to.minus(MAX_SPAN) : start;
        if (from.isAfter(to) || Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.dates.span");
        }
        if (serviceCode != null && !serviceCode.isBlank()) {
            places.service(body, serviceCode);
        }
        return find(
                body,
                folios,
                serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip(),
                statuses(status),
                from,
                to,
                MAX_RESULTS);
    }

    /** Open311's statuses: "open" and "closed", comma-separated; none given is all. */
    static Set<ReportStatus> statuses(String status) {
        Set<ReportStatus> set = EnumSet.noneOf(ReportStatus.class);
        if (status == null || status.isBlank()) {
            return set;
        }
        for (String s : status.split(",")) {
            switch (s.strip()) {
                case "open" -> set.addAll(ReportStatus.OPEN);
                case "closed" -> set.addAll(ReportStatus.FINISHED);
                default -> throw new ApiRefusal(ApiRefusal.Reason.INVALID, "open311.status.unknown", s);
            }
        }
        return set;
    }

    /** Reports of a body, newest first, filtered like Open311's GET requests. */
    public List<PublicReport> find(
            Body body,
            Collection<String> folios,
            String serviceCode,
            Collection<ReportStatus> statuses,
            OffsetDateTime from,
            OffsetDateTime to,
            int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ServiceReport> q = cb.createQuery(ServiceReport.class);
        Root<ServiceReport> r = q.from(ServiceReport.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(r.get("body"), body));
        if (folios != null && !folios.isEmpty()) {
            where.add(r.get("folio").in(folios));
        } else {
            if (serviceCode != null) {
                where.add(cb.equal(r.get("service").get("code"), serviceCode));
            }
            if (statuses != null && !statuses.isEmpty()) {
                where.add(r.get("status").in(statuses));
            }
            where.add(cb.between(r.<OffsetDateTime>get("receivedAt"), from, to));
        }
        q.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("receivedAt")), cb.desc(r.get("id")));
        return em.createQuery(q)
                .setMaxResults(limit)
                .getResultStream()
                .map(PublicReport::of)
                .toList();
    }

    public Optional<PublicReport> byFolio(Body body, String folio) {
        return find(body, List.of(folio), null, null, null, null, 1).stream().findFirst();
    }

    /** One report by the folio as an API client writes it (any case, spaces around). */
    public PublicReport request(Body body, String folio) {
        return byFolio(body, folio.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ApiRefusal(ApiRefusal.Reason.UNKNOWN, "open311.request.unknown", folio));
    }

    /** The report filed with this idempotency key (Open311's token). */
    public Optional<PublicReport> byIdempotencyKey(Body body, String key) {
        return em.createNamedQuery("ServiceReport.byIdempotencyKey", ServiceReport.class)
                .setParameter("body", body)
                .setParameter("key", key)
                .getResultStream()
                .findFirst()
                .map(PublicReport::of);
    }

    /** Open reports of the same service from the last 14 days within 100 m, or on the same colonia and street. */
    public List<NearbyReport> similarOpen(
            Long serviceId, Long coloniaId, String street, BigDecimal latitude, BigDecimal longitude) {
        PublicService service = serviceId == null ? null : em.find(PublicService.class, serviceId);
        if (service == null) {
            return List.of();
        }
        GeoPoint point = latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
        String normalisedStreet = normalise(street);
        return em.createNamedQuery("ServiceReport.openNearby", ServiceReport.class)
                .setParameter("service", service)
                .setParameter("open", ReportStatus.OPEN)
                .setParameter("since", OffsetDateTime.now(clock).minusDays(14))
                .setMaxResults(500)
                .getResultStream()
                .filter(r ->
                        (point != null && r.getPoint() != null && r.getPoint().distanceTo(point) <= 100)
                                || (coloniaId != null
                                        && r.getColonia().getId().equals(coloniaId)
                                        && !normalisedStreet.isEmpty()
                                        && normalisedStreet.equals(normalise(r.getStreet()))))
                .limit(5)
                .map(r -> new NearbyReport(
                        r.getFolio(),
                        service.getName(),
                        r.getColonia().getName(),
                        r.getStreet(),
                        r.getStatus(),
                        r.getReceivedAt(),
                        r.getBody().getTimeZone()))
                .toList();
    }

    static String normalise(String street) {
        return street == null
                ? ""
                : java.text.Normalizer.normalize(street, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", " ")
                        .strip();
    }
}
