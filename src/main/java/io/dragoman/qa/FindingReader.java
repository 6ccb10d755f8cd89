package io.dragoman.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Streams a run's findings check by check (catalog order), in pages: reports of any size. */
@ApplicationScoped
public class FindingReader {
    private static final int PAGE = 1000;

    /*
     * Ordered as index ix_qa_finding_check is (run, check, id): spelled "order by id", H2 read and
     * sorted every remaining finding of the check for each page.
     */
    private static final String PAGE_SQL = "select id, run_id, check_id, issue_type, severity, unit_id, source_lang,"
            + " target_lang, source_text, target_text, source_spans, target_spans, message, suggestion from qa_finding"
            + " where run_id = ? and check_id = ? and id > ? order by run_id, check_id, id limit " + PAGE;

    private final EntityManager em;

    FindingReader(EntityManager em) {
        this.em = em;
    }

    /** Calls {@code sink} with every finding of the run, grouped by check in catalog order. */
    public void forEach(long runId, Consumer<FindingView> sink) {
        for (QaCheck check : QaCatalog.all()) {
            forEach(runId, check.id(), sink);
        }
    }

    public void forEach(long runId, String checkId, Consumer<FindingView> sink) {
        long after = 0;
        while (true) {
            List<FindingView> page = page(runId, checkId, after);
            page.forEach(sink);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * One page in plain JDBC, straight into views: a report reads every finding of a run once, and
     * loading them as entities into a persistence context cost more than reading them.
     */
    @Transactional(TxType.REQUIRES_NEW)
    List<FindingView> page(long runId, String checkId, long after) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<FindingView> page = new ArrayList<>(PAGE);
            try (PreparedStatement ps = connection.prepareStatement(PAGE_SQL)) {
                ps.setLong(1, runId);
                ps.setString(2, checkId);
                ps.setLong(3, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new FindingView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), SpanCodec.decode(rs.getString(11)), SpanCodec.decode(rs.getString(12)),
                                rs.getString(13), rs.getString(14)));
                    }
                }
            }
            return page;
        });
    }
}
