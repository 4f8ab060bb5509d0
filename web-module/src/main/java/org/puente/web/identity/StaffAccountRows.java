package org.puente.web.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.puente.identity.AccountRow;
import org.puente.identity.StaffAccounts;

/** The staff accounts page's table: a page at a time, straight from the database (nothing loaded in full). */
class StaffAccountRows extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    /** The body the table is filtered by (null: every body the caller may see), as the page holds it now. */
    interface BodyFilter extends Supplier<Long>, Serializable {}

    private final StaffAccounts accounts;
    private final BodyFilter bodyId;

    StaffAccountRows(StaffAccounts accounts, BodyFilter bodyId) {
        this.accounts = accounts;
        this.bodyId = bodyId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(accounts.countStaff(bodyId.get()));
    }

    @Override
    public List<AccountRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return accounts.staff(bodyId.get(), first, pageSize);
    }

    @Override
    public String getRowKey(AccountRow row) {
        return row.username();
    }

    @Override
    public AccountRow getRowData(String rowKey) {
        return null;
    }
}
