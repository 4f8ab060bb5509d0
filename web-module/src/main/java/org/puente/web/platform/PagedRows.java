package org.puente.web.platform;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a staff queue (reports, petitions) as a PrimeFaces lazy table: each page sorted and cut by
 * the database, and a count that stops at {@link #COUNT_CAP} (an exact count of a million rows costs more
 * than the page itself, and nobody pages that far: they filter). A queue page says only how to count,
 * how to load a page and what a row's key is.
 */
public abstract class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counting stops here; past it the page says "more than 10,000" and invites a filter. */
    public static final int COUNT_CAP = 10_000;

    private long total;
    private boolean capped;

    /** How many rows match, counting no further than {@code cap} + 1. */
    protected abstract long countUpTo(int cap);

    /** One page; {@code sortField} is the column's field, null when the table is not sorted. */
    protected abstract List<T> page(int first, int pageSize, String sortField, boolean ascending);

    protected abstract Object keyOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long count = countUpTo(COUNT_CAP);
        capped = count > COUNT_CAP;
        total = count;
        return (int) Math.min(count, COUNT_CAP);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return page(
                first,
                pageSize,
                sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.ASCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> getRowKey(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }

    /** The count of the table's last load (at most {@link #COUNT_CAP} + 1). */
    public long getTotal() {
        return total;
    }

    /** True when more rows match than were counted. */
    public boolean isCapped() {
        return capped;
    }
}
