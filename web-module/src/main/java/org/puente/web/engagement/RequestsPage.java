package org.puente.web.engagement;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.puente.engagement.RequestQueries;
import org.puente.engagement.RequestRow;
import org.puente.identity.BodyScope;
import org.puente.identity.Role;

/**
 * /staff/solicitudes: an Enlace's unit's requests; for the content department, the evaluator's queue
 * (oldest first) and every request.
 */
@Named
@ViewScoped
public class RequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RequestQueries engagements;

    @Inject
    private BodyScope scope;

    private boolean agency;
    private boolean enlace;
    private List<RequestRow> queue = List.of();
    private LazyDataModel<RequestRow> all;

    @PostConstruct
    void init() {
        agency = scope.caller().map(u -> u.isAgencyWide()).orElse(false);
        enlace = scope.caller().map(u -> u.hasRole(Role.ENLACE)).orElse(false);
        if (agency) {
            queue = engagements.evaluationQueue();
        }
        all = new Rows();
    }

    /** The content department (evaluator, moderator, administrator) sees the queue. */
    public boolean isAgency() {
        return agency;
    }

    /** An Enlace files new requests. */
    public boolean isEnlace() {
        return enlace;
    }

    public List<RequestRow> getQueue() {
        return queue;
    }

    public LazyDataModel<RequestRow> getAll() {
        return all;
    }

    private class Rows extends LazyDataModel<RequestRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) engagements.countRequests();
        }

        @Override
        public List<RequestRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return engagements.requests(first, pageSize);
        }

        @Override
        public String getRowKey(RequestRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public RequestRow getRowData(String rowKey) {
            return getWrappedData() == null
                    ? null
                    : getWrappedData().stream()
                            .filter(r -> String.valueOf(r.id()).equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
