package org.puente.transparency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.puente.platform.BusinessException;
import org.puente.platform.InvalidInputException;

/**
 * What the dashboard's form needs of a municipality (its services and delegaciones to choose from,
 * its time zone, the day of its first report), kept with the figures so that a page costs no query.
 * It is where a visitor's filter is checked ({@link TransparencyScope#read} asks it too).
 */
public record Catalogue(
        Long bodyId,
        String code,
        String name,
        ZoneId zone,
        LocalDate firstDay,
        List<Option> services,
        List<Option> delegaciones) {

    /** A service (key: its code) or a delegación (key: its id) as the form lists it. */
    public record Option(Long id, String key, String name) {}

    public Catalogue {
        services = List.copyOf(services);
        delegaciones = List.copyOf(delegaciones);
    }

    /**
     * @param today the municipality's today
     * @throws InvalidInputException naming each wrong parameter
     */
    public TransparencyFilter read(
            String period, String from, String to, String service, String delegacion, LocalDate today) {
        TransparencyFilter filter = TransparencyFilter.parse(
                code, period, from, to, service, delegacion, today, firstDay == null ? today : firstDay);
        List<BusinessException> problems = new ArrayList<>();
        if (filter.serviceCode() != null
                && services.stream().noneMatch(s -> s.key().equals(filter.serviceCode()))) {
            problems.add(new BusinessException(TransparencyFilter.SERVICE, "transparency.service.unknown"));
        }
        if (filter.delegacionId() != null
                && delegaciones.stream().noneMatch(d -> d.id().equals(filter.delegacionId()))) {
            problems.add(new BusinessException(TransparencyFilter.DELEGACION, "transparency.delegacion.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return filter;
    }
}
