package org.puente.transparency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.BodyKind;
import org.puente.platform.InvalidInputException;

/**
 * Which municipalities publish their figures, and a visitor's filter read against one of them: the
 * one place where the dashboard, its JSON and card, and the open data turn URL text into a
 * {@link Scope}. An unknown municipality is an empty answer (the web layer says 404); an unknown
 * service or delegación of a known one is a refusal naming the parameter (the web layer says 400).
 */
@Stateless
public class TransparencyScope {

    /** A municipality as the selector lists it. */
    public record Municipality(String code, String name) {}

    /** A filter checked against the municipality's catalogue, with what it names. */
    public record Scope(Body body, TransparencyFilter filter, PublicService service, Delegacion delegacion) {}

    @PersistenceContext(unitName = "puente")
    private EntityManager em;

    @Inject
    private Clock clock;

    public List<Municipality> municipalities() {
        return em.createNamedQuery("Body.byKind", Body.class)
                .setParameter("kind", BodyKind.MUNICIPIO)
                .getResultStream()
                .map(b -> new Municipality(b.getCode(), b.getName()))
                .toList();
    }

    public Optional<Body> municipality(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Body.findByCode", Body.class)
                .setParameter("code", code.trim().toUpperCase())
                .getResultStream()
                .filter(b -> b.getKind() == BodyKind.MUNICIPIO)
                .findFirst();
    }

    /** The municipality's today, in its own time zone. */
    public LocalDate today(Body body) {
        return LocalDate.now(clock.withZone(body.getTimeZone()));
    }

    /**
     * Reads the URL's parameters (see {@link TransparencyFilter#parse}) for the municipality, checked
     * against its catalogue by {@link Catalogue#read}.
     *
     * @throws InvalidInputException naming each wrong parameter
     */
    public Scope read(Body body, String period, String from, String to, String service, String delegacion) {
        Catalogue catalogue = catalogue(body);
        return scope(catalogue, catalogue.read(period, from, to, service, delegacion, today(body)));
    }

    /** What the dashboard's form needs of the municipality: its services and delegaciones, its first day. */
    public Catalogue catalogue(Body body) {
        List<Catalogue.Option> services = em.createNamedQuery("PublicService.byBody", PublicService.class)
                .setParameter("body", body)
                .getResultStream()
                .map(s -> new Catalogue.Option(s.getId(), s.getCode(), s.getName()))
                .sorted(Comparator.comparing(Catalogue.Option::name))
                .toList();
        List<Catalogue.Option> delegaciones = em.createNamedQuery("Delegacion.byBody", Delegacion.class)
                .setParameter("body", body)
                .getResultStream()
                .map(d -> new Catalogue.Option(d.getId(), String.valueOf(d.getId()), d.getName()))
                .toList();
        return new Catalogue(
                body.getId(),
                body.getCode(),
                body.getName(),
                body.getTimeZone(),
                firstDay(body).orElse(null),
                services,
                delegaciones);
    }

    /** The scope of a filter that {@link Catalogue#read} accepted: the records it names. */
    public Scope scope(Catalogue catalogue, TransparencyFilter filter) {
        Body body = em.find(Body.class, catalogue.bodyId());
        PublicService service = filter.serviceCode() == null
                ? null
                : em.find(
                        PublicService.class,
                        catalogue.services().stream()
                                .filter(s -> s.key().equals(filter.serviceCode()))
                                .findFirst()
                                .orElseThrow()
                                .id());
        Delegacion delegacion = filter.delegacionId() == null ? null : em.find(Delegacion.class, filter.delegacionId());
        return new Scope(body, filter, service, delegacion);
    }

    /** The day (in the municipality's zone) of its first report, where "since the start" begins. */
    public Optional<LocalDate> firstDay(Body body) {
        OffsetDateTime first = em.createQuery(
                        "select min(r.receivedAt) from ServiceReport r where r.body = :body", OffsetDateTime.class)
                .setParameter("body", body)
                .getSingleResult();
        return Optional.ofNullable(first)
                .map(t -> t.atZoneSameInstant(body.getTimeZone()).toLocalDate());
    }
}
