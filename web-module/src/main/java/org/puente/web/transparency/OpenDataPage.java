package org.puente.web.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.puente.catalog.CatalogService;
import org.puente.catalog.Delegacion;
import org.puente.catalog.PublicService;
import org.puente.organization.Body;
import org.puente.organization.OrganizationService;
import org.puente.platform.Links;
import org.puente.report.Channel;
import org.puente.report.ReportStatus;
import org.puente.transparency.OpenDataField;
import org.puente.transparency.OpenDataRow;
import org.puente.transparency.TransparencyFilter;

/** /datos: the open data's documentation, read from the same definitions the exports are written with. */
@Named
@RequestScoped
public class OpenDataPage {

    /** The licence of every data set: Creative Commons Attribution 4.0 International. */
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

    /** A code of the data and the bundle key that says what it means. */
    public record Code(String code, String messageKey) {}

    @Inject
    private OrganizationService organizations;

    @Inject
    private CatalogService catalog;

    @Inject
    private Links links;

    private List<Body> municipalities;

    public List<OpenDataField> getFields() {
        return List.of(OpenDataField.values());
    }

    public List<Body> getMunicipalities() {
        if (municipalities == null) {
            municipalities = organizations.municipalities();
        }
        return municipalities;
    }

    public List<PublicService> services(Body body) {
        return catalog.services(body);
    }

    public List<Delegacion> delegaciones(Body body) {
        return catalog.delegaciones(body);
    }

    public List<TransparencyFilter.Period> getPeriods() {
        return List.of(TransparencyFilter.Period.values());
    }

    public List<Code> getStatuses() {
        return Arrays.stream(ReportStatus.values())
                .map(OpenDataRow::statusCode)
                .map(code -> new Code(code, "opendata.status." + code))
                .toList();
    }

    public List<Code> getChannels() {
        return Arrays.stream(Channel.values())
                .map(OpenDataRow::channelCode)
                .map(code -> new Code(code, "opendata.channel." + code))
                .toList();
    }

    public List<Code> getOnTimeValues() {
        return List.of(
                new Code(OpenDataRow.ON_TIME, "opendata.onTime.si"),
                new Code(OpenDataRow.LATE, "opendata.onTime.no"),
                new Code(OpenDataRow.OPEN, "opendata.onTime.abierto"),
                new Code("", "opendata.onTime.empty"));
    }

    /** The public address of this installation, for the stable URLs. */
    public String getBaseUrl() {
        return links.base();
    }

    public String getLicenceUrl() {
        return LICENCE_URL;
    }
}
