package org.puente.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import org.junit.jupiter.api.Test;
import org.puente.report.Channel;

class ReportsFiledTest {

    @Test
    void aReportCountsForItsChannelWhenItsTransactionCommitsAndOnlyThen() {
        long web = ReportsFiled.count(Channel.WEB);
        long phone = ReportsFiled.count(Channel.PHONE);
        long open311 = ReportsFiled.count(Channel.OPEN311);

        ReportsFiled.committed(Channel.PHONE, Status.STATUS_COMMITTED);
        ReportsFiled.committed(Channel.PHONE, Status.STATUS_ROLLEDBACK);
        ReportsFiled.committed(Channel.OPEN311, Status.STATUS_UNKNOWN);
        ReportsFiled.committed(Channel.OPEN311, Status.STATUS_COMMITTED);
        ReportsFiled.committed(Channel.OPEN311, Status.STATUS_COMMITTED);

        assertEquals(web, ReportsFiled.count(Channel.WEB));
        assertEquals(phone + 1, ReportsFiled.count(Channel.PHONE));
        assertEquals(open311 + 2, ReportsFiled.count(Channel.OPEN311));
    }
}
