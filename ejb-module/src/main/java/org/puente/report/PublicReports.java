package org.puente.report;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.catalog.Colonia;
import org.puente.catalog.GeoPoint;
import org.puente.organization.Body;

/** Reports as public information: the read side of the Open311 API and of open data. */
@Stateless
public class PublicReports {

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    /** Reports of a body, newest first, filtered like Open311's GET requests. */
    public List<PublicReport> find(Body body, Collection<String> folios, String serviceCode,
                                   Collection<ReportStatus> statuses, OffsetDateTime from, OffsetDateTime to, int limit) {
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
        return em.createQuery(q).setMaxResults(limit).getResultStream().map(PublicReport::of).toList();
    }

    public Optional<PublicReport> byFolio(Body body, String folio) {
        return find(body, List.of(folio), null, null, null, null, 1).stream().findFirst();
    }

    /** The report filed with this idempotency key (Open311's token). */
    public Optional<PublicReport> byIdempotencyKey(Body body, String key) {
        return em.createNamedQuery("ServiceReport.byIdempotencyKey", ServiceReport.class)
                .setParameter("body", body).setParameter("key", key).getResultStream().findFirst().map(PublicReport::of);
    }

    /** The colonia whose centre is nearest the point, within the given distance. */
    public Optional<Colonia> nearestColonia(Body body, BigDecimal latitude, BigDecimal longitude, double maxMetres) {
        GeoPoint point = new GeoPoint(latitude, longitude);
        return em.createNamedQuery("Colonia.byBody", Colonia.class).setParameter("body", body).getResultStream()
                .filter(c -> c.getCentre() != null)
                .min(Comparator.comparingDouble(c -> c.getCentre().distanceTo(point)))
                .filter(c -> c.getCentre().distanceTo(point) <= maxMetres);
    }

    /** The colonia named in a free-text address, if one is (the longest name that appears). */
    public Optional<Colonia> coloniaInAddress(Body body, String address) {
        String text = normalise(address);
        return em.createNamedQuery("Colonia.byBody", Colonia.class).setParameter("body", body).getResultStream()
                .filter(c -> text.contains(normalise(c.getName())))
                .max(Comparator.comparingInt(c -> c.getName().length()));
    }

    static String normalise(String s) {
        return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
